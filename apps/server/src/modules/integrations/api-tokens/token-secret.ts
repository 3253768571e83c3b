import { createHash, randomBytes } from 'node:crypto';
import { API_TOKEN_PREFIX } from '@atende/shared';

// SPEC PLT-02: 32 random bytes behind a recognisable prefix. Only the SHA-256 is stored: the
// token has 256 bits of entropy, so a fast hash is enough (no password-style stretching needed).

export function newApiToken(): string {
  return `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** What the list shows to tell tokens apart: the prefix and four characters. */
export const displayPrefix = (token: string) => token.slice(0, API_TOKEN_PREFIX.length + 4);
