import { describe, expect, it } from 'vitest';
import { formatClock, seekTarget } from './player-time';

describe('recording player clock (VOX-04)', () => {
  it('shows minutes and seconds, and hours only when the recording reaches them', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(7.9)).toBe('0:07');
    expect(formatClock(754)).toBe('12:34');
    expect(formatClock(3723)).toBe('1:02:03');
  });

  it('reads an unknown length as zero instead of NaN', () => {
    expect(formatClock(Number.NaN)).toBe('0:00');
    expect(formatClock(Number.POSITIVE_INFINITY)).toBe('0:00');
    expect(formatClock(-3)).toBe('0:00');
  });

  it('keeps jumps of 10 s inside the recording', () => {
    expect(seekTarget(5, -10, 60)).toBe(0);
    expect(seekTarget(20, -10, 60)).toBe(10);
    expect(seekTarget(55, 10, 60)).toBe(60);
    expect(seekTarget(20, 10, 60)).toBe(30);
  });

  it('lets a jump forward go on while the length is not known yet', () => {
    expect(seekTarget(20, 10, Number.NaN)).toBe(30);
  });
});
