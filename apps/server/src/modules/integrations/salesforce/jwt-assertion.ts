import { createSign } from 'node:crypto';

// SPEC CRM-01: the OAuth 2.0 JWT bearer flow. Salesforce wants an RS256 JWT whose issuer is the
// connected app's client id, subject the integration user's username, audience the login URL,
// expiring within three minutes.
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function jwtAssertion(input: { clientId: string; username: string; audience: string; privateKeyPem: string }, now = Date.now()): string {
  const header = b64({ alg: 'RS256', typ: 'JWT' });
  const payload = b64({ iss: input.clientId, sub: input.username, aud: input.audience, exp: Math.floor(now / 1000) + 180 });
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(input.privateKeyPem).toString('base64url');
  return `${header}.${payload}.${signature}`;
}
