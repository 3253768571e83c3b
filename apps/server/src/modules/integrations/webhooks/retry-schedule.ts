// SPEC PLT-03: a failing receiver is tried again with exponential backoff and jitter for about three
// days: with a 10 s base, 10 s, 30 s, 1.5 min … then every 12 h, 14 attempts in all (≈ 69 h).
// Never sooner than the receiver asked with Retry-After.

export const MAX_WEBHOOK_ATTEMPTS = 14;
const CAP_SECONDS = 12 * 3600;
const MAX_RETRY_AFTER_SECONDS = 24 * 3600;

/** Seconds to wait after failed attempt `attempt` (1-based). `random` is injectable for tests. */
export function webhookRetryDelay(attempt: number, baseSeconds: number, retryAfterSeconds?: number | null, random = Math.random): number {
  const backoff = Math.min(CAP_SECONDS, baseSeconds * 3 ** (attempt - 1));
  const jittered = backoff * (0.8 + 0.4 * random());
  const asked = Math.min(MAX_RETRY_AFTER_SECONDS, retryAfterSeconds ?? 0);
  return Math.max(1, Math.round(Math.max(jittered, asked)));
}

/** Retry-After as seconds: a number of seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}
