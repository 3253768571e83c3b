import { ProviderError } from '../port.js';
import type { GraphErrorBody } from './whatsapp-wire.js';

// SPEC CH-02: what a failed Graph API call means for the delivery job. Transient failures are retried
// (after the provider's Retry-After when it gave one); 131047 means the 24-hour customer-service
// window is closed, so only a template can reach the contact; everything else will fail again as is.

/** Rate limits and temporary faults: the same request may succeed later. */
const TRANSIENT_CODES = new Set([
  1, // API unknown (temporary)
  2, // API service (temporary downtime)
  4, // application request limit
  80007, // WhatsApp Business Account rate limit
  130429, // Cloud API throughput reached
  131048, // spam rate limit
  131056, // too many messages to the same contact (pair rate limit)
]);
/** Re-engagement: more than 24 hours since the contact's last message (470 is its older number). */
const WINDOW_CLOSED_CODES = new Set([131047, 470]);
/** The pair rate limit lifts only after a while: retry no sooner than this. */
const PAIR_RATE_RETRY_SECONDS = 60;

/** Seconds from a Retry-After header (delta-seconds or an HTTP date); undefined when absent or unreadable. */
export function retryAfterSeconds(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** Classifies a non-2xx Graph API answer. */
export function classifyGraphError(status: number, body: unknown, retryAfterHeader?: string | null): ProviderError {
  const error = (body as GraphErrorBody | null)?.error;
  const numeric = typeof error?.code === 'number' ? error.code : undefined;
  const code = numeric !== undefined ? String(numeric) : `http_${status}`;
  const details = error?.error_data?.details?.trim();
  const title = details || error?.error_user_title || error?.message || `HTTP ${status}`;
  const retryAfter = retryAfterSeconds(retryAfterHeader);

  if (numeric !== undefined && WINDOW_CLOSED_CODES.has(numeric)) return new ProviderError('window_closed', code, title);
  if (numeric === 131056) return new ProviderError('transient', code, title, Math.max(retryAfter ?? 0, PAIR_RATE_RETRY_SECONDS));
  if (status === 429 || status >= 500 || (numeric !== undefined && TRANSIENT_CODES.has(numeric))) {
    return new ProviderError('transient', code, title, retryAfter);
  }
  return new ProviderError('permanent', code, title);
}

/** A request that never got an answer (refused, reset, DNS, timeout) is worth another try. */
export function networkError(error: unknown): ProviderError {
  if (error instanceof ProviderError) return error;
  const message = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
  const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
  return new ProviderError('transient', timedOut ? 'timeout' : 'network', message || 'network error');
}
