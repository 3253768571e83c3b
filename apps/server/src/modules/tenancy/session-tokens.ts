import { createHash, createHmac, randomBytes } from 'node:crypto';

export const newToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

/** The stored id of a session: a keyed hash of the cookie's token, never the token itself. */
export function sessionIdFor(token: string, secret?: string): string {
  return secret ? createHmac('sha256', secret).update(token).digest('hex') : createHash('sha256').update(token).digest('hex');
}
