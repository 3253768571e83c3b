import { describe, expect, it } from 'vitest';
import { createTokenBucket } from './socket-limiter.js';

describe('socket token bucket', () => {
  it('lets a burst through, refills at the rate, and calls a sustained flood a flood', () => {
    let now = 0;
    const bucket = createTokenBucket({ eventsPerSecond: 2, burst: 3 }, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual(['ok', 'ok', 'ok', 'drop']);
    now += 500; // one token back
    expect(bucket.take()).toBe('ok');
    // Drops beyond three bursts (9 strikes; one was counted above and has decayed) disconnect.
    const verdicts = Array.from({ length: 10 }, () => bucket.take());
    expect(verdicts.slice(0, 9).every((v) => v === 'drop')).toBe(true);
    expect(verdicts[9]).toBe('flood');
  });

  it('forgives a client that stays near the rate', () => {
    let now = 0;
    const bucket = createTokenBucket({ eventsPerSecond: 2, burst: 3 }, () => now);
    const verdicts: string[] = [];
    for (let i = 0; i < 200; i++) {
      now += 400; // 2.5 events a second: some dropped, never cut off
      verdicts.push(bucket.take());
    }
    expect(verdicts).not.toContain('flood');
  });
});
