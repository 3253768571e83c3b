import { describe, expect, it } from 'vitest';
import { attendanceDurationMs, formatSpan } from './duration';

describe('formatSpan', () => {
  it('uses the two largest units', () => {
    expect(formatSpan(0)).toBe('0 s');
    expect(formatSpan(45_900)).toBe('45 s');
    expect(formatSpan(185_000)).toBe('3 min 05 s');
    expect(formatSpan(3_900_000)).toBe('1 h 05 min');
    expect(formatSpan((2 * 24 + 3) * 3_600_000 + 59_000)).toBe('2 d 03 h');
  });

  it('never shows a negative or broken value', () => {
    expect(formatSpan(-5000)).toBe('0 s');
    expect(formatSpan(Number.NaN)).toBe('0 s');
  });
});

describe('attendanceDurationMs', () => {
  it('runs from the queue to the end, and is null while open', () => {
    expect(attendanceDurationMs({ enqueuedAt: '2026-03-01T10:00:00.000Z', finishedAt: '2026-03-01T10:12:30.000Z' })).toBe(750_000);
    expect(attendanceDurationMs({ enqueuedAt: '2026-03-01T10:00:00.000Z', finishedAt: null })).toBeNull();
  });
});
