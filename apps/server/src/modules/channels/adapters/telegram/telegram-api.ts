import type { AdapterChannel, ProviderContext } from '../port.js';
import { ProviderError } from '../port.js';
import { telegramError, telegramNetworkError } from './telegram-errors.js';
import type { TelegramErrorBody } from './telegram-errors.js';

// One Bot API call: POST https://api.telegram.org/bot<token>/<method> with a JSON or multipart body
// (SPEC CH-03; the base URL is configuration, CH-08). Every failure comes out as a ProviderError.

const CALL_TIMEOUT_MS = 30_000;

export function botToken(channel: AdapterChannel): string {
  const token = channel.secrets.botToken;
  if (!token) throw new ProviderError('permanent', 'not_configured', 'Bot token missing');
  return token;
}

export async function callTelegram<T>(
  ctx: ProviderContext,
  channel: AdapterChannel,
  method: string,
  body: Record<string, unknown> | FormData = {},
): Promise<T> {
  const url = `${ctx.baseUrl}/bot${botToken(channel)}/${method}`;
  const init: RequestInit =
    body instanceof FormData
      ? { method: 'POST', body }
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  let response: Response;
  let text: string;
  try {
    response = await ctx.fetch(url, { ...init, signal: AbortSignal.timeout(CALL_TIMEOUT_MS) });
    text = await response.text();
  } catch (error) {
    throw telegramNetworkError(error);
  }
  const parsed = parseJson(text);
  if (response.ok && parsed?.ok === true) return parsed.result as T;
  throw telegramError(response.status, parsed as TelegramErrorBody | null);
}

function parseJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
