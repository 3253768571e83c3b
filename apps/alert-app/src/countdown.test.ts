import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startCountdown } from './countdown';

// SPEC ALR-03: "Ligando em 10 s…" counts down once a second and opens the dialer at zero, unless cancelled.
describe('auto-dial countdown', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows 10 … 1 and fires once after 10 seconds', () => {
    const ticks: number[] = [];
    const done = vi.fn();
    const c = startCountdown({ seconds: 10, tick: (n) => ticks.push(n), done });
    vi.advanceTimersByTime(9_999);
    expect(done).not.toHaveBeenCalled();
    expect(ticks).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    vi.advanceTimersByTime(1);
    expect(done).toHaveBeenCalledTimes(1);
    expect(c.running).toBe(false);
    vi.advanceTimersByTime(60_000);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('never fires once cancelled', () => {
    const done = vi.fn();
    const c = startCountdown({ seconds: 10, tick: () => {}, done });
    vi.advanceTimersByTime(4_000);
    c.cancel();
    vi.advanceTimersByTime(60_000);
    expect(done).not.toHaveBeenCalled();
    expect(c.running).toBe(false);
  });
});
