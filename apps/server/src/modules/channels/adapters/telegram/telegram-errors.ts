import { ProviderError } from '../port.js';

// SPEC CH-03: how a failed Bot API call is told to the pipeline. Telegram answers
// `{ ok: false, error_code, description, parameters: { retry_after } }` with the HTTP status equal to
// error_code. Flood control (429) and server trouble are retried; everything else the user or the
// admin has to fix (the user blocked the bot, the chat is gone, the token was revoked).

export type TelegramErrorBody = { error_code?: number; description?: string; parameters?: { retry_after?: number } };

/** The ProviderError for an unsuccessful answer: `status` is the HTTP status, `body` the parsed JSON when there was any. */
export function telegramError(status: number, body: TelegramErrorBody | null): ProviderError {
  const errorCode = typeof body?.error_code === 'number' ? body.error_code : status;
  const description = body?.description?.trim() || `HTTP ${status}`;
  const code = String(errorCode);
  if (errorCode === 429) {
    const retryAfter = body?.parameters?.retry_after;
    return new ProviderError('transient', code, description, typeof retryAfter === 'number' && retryAfter >= 0 ? retryAfter : undefined);
  }
  if (errorCode >= 500 || errorCode === 408) return new ProviderError('transient', code, description);
  // 401 (a revoked or mistyped token) is permanent too: nothing is delivered until an admin saves a new one.
  return new ProviderError('permanent', code, description);
}

/** A request that got no answer (connection refused, reset, timeout): retried. */
export function telegramNetworkError(error: unknown): ProviderError {
  const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
  const detail = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
  return new ProviderError('transient', timedOut ? 'timeout' : 'network', detail);
}
