import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { AdapterChannel, WebhookRequest } from '../port.js';

// SPEC CH-02: Meta signs every webhook with the app secret (X-Hub-Signature-256) and proves the
// subscription with a GET handshake carrying the verify token. Both are compared in constant time.

function header(req: WebhookRequest, name: string): string | undefined {
  const found = Object.entries(req.headers).find(([key]) => key.toLowerCase() === name)?.[1];
  return Array.isArray(found) ? found[0] : found;
}

/** Equality of two strings whose timing reveals neither their content nor where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb) && a.length === b.length;
}

/** `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body with the app secret>`. */
export function verifySignature(req: WebhookRequest, appSecret: string | undefined): boolean {
  const value = header(req, 'x-hub-signature-256');
  if (!appSecret || !value) return false;
  const m = /^sha256=([0-9a-f]{64})$/i.exec(value.trim());
  if (!m) return false;
  const expected = createHmac('sha256', appSecret).update(req.rawBody).digest();
  return timingSafeEqual(Buffer.from(m[1]!.toLowerCase(), 'hex'), expected);
}

/** The hub.challenge to echo when the verify token is one of these channels'; null answers 403. */
export function answerHandshake(query: Record<string, string | undefined>, channels: AdapterChannel[]): string | null {
  const token = query['hub.verify_token'];
  const challenge = query['hub.challenge'];
  if (query['hub.mode'] !== 'subscribe' || !token || challenge === undefined) return null;
  // Compare with every channel (no early exit) so the time taken does not tell which one matched.
  let matched = false;
  for (const channel of channels) {
    const expected = channel.secrets.verifyToken;
    if (expected && constantTimeEqual(token, expected)) matched = true;
  }
  return matched ? challenge : null;
}
