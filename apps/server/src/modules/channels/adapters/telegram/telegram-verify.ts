import { timingSafeEqual } from 'node:crypto';
import type { AdapterChannel, WebhookRequest } from '../port.js';

// SPEC CH-03: Telegram proves a webhook is its own by sending back, in this header, the
// `secret_token` given to setWebhook. Compared in constant time so the secret cannot be guessed
// byte by byte from response times.
const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

export function verifyTelegramSecret(req: WebhookRequest, channel: AdapterChannel): boolean {
  const expected = channel.secrets.secretToken;
  const received = headerValue(req.headers, SECRET_HEADER);
  if (!expected || received === undefined) return false;
  const a = Buffer.from(received, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

function headerValue(headers: WebhookRequest['headers'], name: string): string | undefined {
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name) continue;
    return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}
