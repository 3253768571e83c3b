import { describe, expect, it } from 'vitest';
import { MAX_WEBHOOK_ATTEMPTS, parseRetryAfter, webhookRetryDelay } from './retry-schedule.js';

// SPEC PLT-03: retries over about three days, with jitter, never sooner than Retry-After.
describe('webhook retry schedule', () => {
  it('spreads the attempts over about three days', () => {
    let total = 0;
    for (let attempt = 1; attempt < MAX_WEBHOOK_ATTEMPTS; attempt++) total += webhookRetryDelay(attempt, 10, null, () => 0.5);
    expect(total / 3600).toBeGreaterThan(60);
    expect(total / 3600).toBeLessThan(80);
  });

  it('jitters each wait by up to 20% either way', () => {
    expect(webhookRetryDelay(3, 10, null, () => 0)).toBe(72);
    expect(webhookRetryDelay(3, 10, null, () => 1)).toBe(108);
  });

  it('waits at least as long as Retry-After asks, in seconds or as a date', () => {
    expect(webhookRetryDelay(1, 10, 120, () => 0.5)).toBe(120);
    expect(parseRetryAfter('30')).toBe(30);
    expect(parseRetryAfter(new Date(Date.UTC(2030, 0, 1, 0, 1)).toUTCString(), Date.UTC(2030, 0, 1))).toBe(60);
    expect(parseRetryAfter('soon')).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
  });
});
