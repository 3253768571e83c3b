import { describe, expect, it } from 'vitest';
import { elapsedSince, formatDuration, noteServerTime, serverNow } from './server-clock';

describe('formatDuration', () => {
  it('shows hours, minutes and seconds with two digits', () => {
    expect(formatDuration(0)).toBe('00:00:00');
    expect(formatDuration(192_999)).toBe('00:03:12');
    expect(formatDuration(3_600_000 + 65_000)).toBe('01:01:05');
    expect(formatDuration(100 * 3_600_000)).toBe('100:00:00');
    expect(formatDuration(-5)).toBe('00:00:00');
  });
});

describe('server clock', () => {
  it('counts from the server time, whatever the browser clock says', () => {
    // The browser is 10 minutes behind the server.
    const local = Date.parse('2025-01-01T12:00:00Z');
    noteServerTime('2025-01-01T12:10:00Z', local);
    expect(serverNow(local + 1000)).toBe(Date.parse('2025-01-01T12:10:01Z'));
    expect(elapsedSince('2025-01-01T12:09:00Z', local + 5000)).toBe(65_000);
  });

  it('never counts negative time and ignores unreadable input', () => {
    const local = Date.parse('2025-01-01T12:00:00Z');
    noteServerTime('2025-01-01T12:00:00Z', local);
    noteServerTime('garbage', local);
    expect(elapsedSince('2025-01-01T12:00:30Z', local)).toBe(0);
    expect(elapsedSince('nope', local)).toBe(0);
  });
});
