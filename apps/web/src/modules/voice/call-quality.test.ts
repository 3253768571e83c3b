import { describe, expect, it } from 'vitest';
import { callQuality } from './call-quality';

describe('built-in call quality (VOX-02)', () => {
  it('is good with no loss and little jitter, over the interval between readings', () => {
    const before = { packetsReceived: 1000, packetsLost: 40, jitterSeconds: 0.004 };
    expect(callQuality(before, { packetsReceived: 1100, packetsLost: 40, jitterSeconds: 0.004 })).toEqual({
      level: 'good',
      lossPercent: 0,
      jitterMs: 4,
    });
  });

  it('is fair from 1 % loss or 30 ms of jitter, poor from 5 % or 75 ms', () => {
    expect(callQuality(null, { packetsReceived: 98, packetsLost: 2, jitterSeconds: 0.01 })?.level).toBe('fair');
    expect(callQuality(null, { packetsReceived: 100, packetsLost: 0, jitterSeconds: 0.03 })?.level).toBe('fair');
    expect(callQuality(null, { packetsReceived: 90, packetsLost: 10, jitterSeconds: 0.01 })).toEqual({
      level: 'poor',
      lossPercent: 10,
      jitterMs: 10,
    });
    expect(callQuality(null, { packetsReceived: 100, packetsLost: 0, jitterSeconds: 0.08 })?.level).toBe('poor');
  });

  it('says nothing before packets arrive', () => {
    expect(callQuality(null, { packetsReceived: 0, packetsLost: 0, jitterSeconds: 0 })).toBeNull();
    const same = { packetsReceived: 50, packetsLost: 0, jitterSeconds: 0 };
    expect(callQuality(same, same)).toBeNull();
  });
});
