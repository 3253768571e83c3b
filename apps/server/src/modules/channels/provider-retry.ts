import type { Platform } from '../../platform/platform.js';

// ARCHITECTURE §3a "Provider work in jobs": a provider that is busy or down is tried again later,
// with exponential backoff, never sooner than the provider asked (HTTP 429 Retry-After, Telegram
// retry_after, WhatsApp throughput and pair-rate errors). After the last attempt the caller gives up.

export const MAX_PROVIDER_ATTEMPTS = 8;

/** Seconds before attempt `attempt + 1`: 2, 4, 8… capped at 10 minutes, or the provider's hint if longer. */
export function retryDelaySeconds(attempt: number, hintSeconds?: number): number {
  const backoff = Math.min(600, 2 ** attempt);
  return Math.max(backoff, Math.ceil(hintSeconds ?? 0));
}

/** Enqueues the next attempt of a provider job; false when the attempts are used up. */
export async function retryProviderJob<T extends { attempt?: number }>(
  platform: Platform,
  name: string,
  data: T,
  hintSeconds?: number,
  singletonKey?: string,
): Promise<boolean> {
  const attempt = data.attempt ?? 1;
  if (attempt >= MAX_PROVIDER_ATTEMPTS) return false;
  await platform.jobs.send(name, { ...data, attempt: attempt + 1 }, { startAfter: retryDelaySeconds(attempt, hintSeconds), singletonKey });
  return true;
}
