import { describe, expect, it } from 'vitest';
import { defaultHours, sortedHours, spanProblem, workingDays } from './working-hours';

describe('spanProblem', () => {
  it('accepts HH:MM periods whose start comes first, up to 24:00', () => {
    expect(spanProblem({ weekday: 1, start: '08:00', end: '12:00' })).toBeNull();
    expect(spanProblem({ weekday: 1, start: '22:00', end: '24:00' })).toBeNull();
  });

  it('flags malformed times and empty or reversed periods', () => {
    expect(spanProblem({ weekday: 1, start: '8:00', end: '12:00' })).toBe('time');
    expect(spanProblem({ weekday: 1, start: '08:00', end: '12h' })).toBe('time');
    expect(spanProblem({ weekday: 1, start: '24:00', end: '24:00' })).toBe('time');
    expect(spanProblem({ weekday: 1, start: '13:00', end: '12:00' })).toBe('period');
    expect(spanProblem({ weekday: 1, start: '12:00', end: '12:00' })).toBe('period');
  });
});

describe('working hours', () => {
  it('starts a new calendar on Monday to Friday with a lunch break', () => {
    const hours = defaultHours();
    expect(workingDays(hours)).toBe(5);
    expect(hours.filter((h) => h.weekday === 1)).toEqual([
      { weekday: 1, start: '08:00', end: '12:00' },
      { weekday: 1, start: '13:00', end: '18:00' },
    ]);
  });

  it('saves periods by weekday and start, whatever order they were added in', () => {
    const hours = [
      { weekday: 6, start: '08:00', end: '12:00' },
      { weekday: 1, start: '13:00', end: '18:00' },
      { weekday: 1, start: '08:00', end: '12:00' },
    ];
    expect(sortedHours(hours).map((h) => `${h.weekday} ${h.start}`)).toEqual(['1 08:00', '1 13:00', '6 08:00']);
  });
});
