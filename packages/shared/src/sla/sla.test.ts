import { describe, expect, it } from 'vitest';
import { defaultCalendar, type BusinessCalendar } from './calendar.js';
import { computeDue, newDueAfterIncrement, slaState, type SlaInput, type SlaIntervention } from './sla.js';

/** A São Paulo wall time (UTC−3 since 2019) as a Date. */
const sp = (local: string) => new Date(`${local}-03:00`);
const calendar = defaultCalendar();

function input(start: string, durationMinutes: number, interventions: SlaIntervention[] = [], extra: Partial<SlaInput> = {}): SlaInput {
  return { calendar, mode: 'business', start: sp(start), durationMinutes, interventions, ...extra };
}
const due = (i: SlaInput) => computeDue(i)?.toISOString() ?? null;
const hours = (at: string, quantity: number): SlaIntervention => ({ kind: 'increment', at: sp(at), unit: 'hours', quantity });
const days = (at: string, quantity: number): SlaIntervention => ({ kind: 'increment', at: sp(at), unit: 'days', quantity });
const pause = (at: string, resumedAt: string | null): SlaIntervention => ({ kind: 'pause', at: sp(at), resumedAt: resumedAt ? sp(resumedAt) : null });

describe('computeDue — business mode (SPEC PAN-04)', () => {
  it('is start + duration in working time, across the night', () => {
    expect(due(input('2026-03-09T10:00', 600))).toBe('2026-03-10T13:00:00.000Z'); // Tuesday 10:00 São Paulo
  });

  it('adds hour increments as working hours', () => {
    expect(due(input('2026-03-09T10:00', 600, [hours('2026-03-09T11:00', 2)]))).toBe(sp('2026-03-10T12:00').toISOString());
    expect(due(input('2026-03-09T10:00', 600, [hours('2026-03-09T11:00', 2), hours('2026-03-09T12:00', 7.5)]))).toBe(
      sp('2026-03-11T09:30').toISOString(),
    );
  });

  it('adds day increments as the same clock time on the next working days', () => {
    expect(due(input('2026-03-12T10:00', 600, [days('2026-03-12T11:00', 1)]))).toBe(sp('2026-03-16T10:00').toISOString()); // Fri → Mon
    // Due Monday 2026-04-20 15:00; Tuesday is Tiradentes.
    expect(due(input('2026-04-17T15:00', 600, [days('2026-04-17T16:00', 1)]))).toBe(sp('2026-04-22T15:00').toISOString());
  });

  it('pushes the due time by only the working minutes inside a pause spanning a weekend', () => {
    // Start Friday 09:00 + 10 h of work → Monday 09:00.
    expect(due(input('2026-03-13T09:00', 600))).toBe(sp('2026-03-16T09:00').toISOString());
    // Paused from Friday close to Monday open: no working time inside, nothing moves.
    expect(due(input('2026-03-13T09:00', 600, [pause('2026-03-13T18:00', '2026-03-16T08:00')]))).toBe(sp('2026-03-16T09:00').toISOString());
    // Friday 16:00 → Monday 10:00 holds 2 h + 2 h of work: 3 h were left, so resume 10:00 + 3 h.
    expect(due(input('2026-03-13T09:00', 600, [pause('2026-03-13T16:00', '2026-03-16T10:00')]))).toBe(sp('2026-03-16T13:00').toISOString());
  });

  it('does not count time before the start or twice across overlapping pauses', () => {
    const paused = [pause('2026-03-09T08:00', '2026-03-09T11:00'), pause('2026-03-09T10:30', '2026-03-09T12:00')];
    expect(due(input('2026-03-09T10:00', 600, paused))).toBe(sp('2026-03-10T12:00').toISOString());
  });

  it('is null while a pause is open', () => {
    expect(computeDue(input('2026-03-13T09:00', 600, [pause('2026-03-13T16:00', null)]))).toBeNull();
  });

  it('depends on the calendar’s time zone (Manaus is UTC−4)', () => {
    const start = new Date('2026-03-13T20:30:00Z'); // Friday 17:30 in São Paulo, 16:30 in Manaus
    const manaus: BusinessCalendar = { ...calendar, timeZone: 'America/Manaus' };
    const base = { mode: 'business' as const, start, durationMinutes: 60, interventions: [] };
    expect(computeDue({ ...base, calendar })?.toISOString()).toBe('2026-03-16T11:30:00.000Z');
    expect(computeDue({ ...base, calendar: manaus })?.toISOString()).toBe('2026-03-13T21:30:00.000Z');
  });

  it('throws a RangeError for a calendar without working hours and for invalid amounts', () => {
    expect(() => computeDue(input('2026-03-09T10:00', 60, [], { calendar: { ...calendar, hours: [] } }))).toThrow(RangeError);
    expect(() => computeDue(input('2026-03-09T10:00', -1))).toThrow(RangeError);
    expect(() => computeDue(input('2026-03-09T10:00', 60, [days('2026-03-09T11:00', 0.5)]))).toThrow(/whole number/);
    expect(() => computeDue(input('2026-03-09T10:00', 60, [hours('2026-03-09T11:00', -2)]))).toThrow(RangeError);
    expect(() => computeDue(input('2026-03-09T10:00', 60, [pause('2026-03-09T11:00', '2026-03-09T10:30')]))).toThrow(/resumed before/);
  });
});

describe('computeDue — calendar mode', () => {
  it('ignores working hours, weekends and holidays', () => {
    const cal = { mode: 'calendar' as const };
    expect(due(input('2026-04-17T17:00', 120, [], cal))).toBe(sp('2026-04-17T19:00').toISOString());
    expect(due(input('2026-04-17T17:00', 120, [days('2026-04-17T18:00', 1), hours('2026-04-17T18:30', 3)], cal))).toBe(
      sp('2026-04-18T22:00').toISOString(),
    );
    expect(due(input('2026-04-20T17:00', 1440, [], cal))).toBe(sp('2026-04-21T17:00').toISOString()); // over Tiradentes
    // A weekend pause counts in full: 62 h.
    expect(due(input('2026-03-13T09:00', 600, [pause('2026-03-13T18:00', '2026-03-16T08:00')], cal))).toBe(sp('2026-03-16T09:00').toISOString());
  });
});

describe('newDueAfterIncrement ("Novo prazo")', () => {
  it('is the due time with one more increment, leaving the input alone', () => {
    const current = input('2026-03-09T10:00', 600, [hours('2026-03-09T11:00', 2)]);
    const preview = newDueAfterIncrement(current, { at: sp('2026-03-09T12:00'), unit: 'days', quantity: 2 });
    expect(preview?.toISOString()).toBe(sp('2026-03-12T12:00').toISOString());
    expect(current.interventions).toHaveLength(1);
    expect(due(current)).toBe(sp('2026-03-10T12:00').toISOString());
    expect(
      newDueAfterIncrement(input('2026-03-09T10:00', 600, [pause('2026-03-09T11:00', null)]), {
        at: sp('2026-03-09T12:00'),
        unit: 'hours',
        quantity: 1,
      }),
    ).toBeNull();
  });
});

describe('slaState', () => {
  const running = input('2026-03-09T10:00', 600); // due Tuesday 10:00

  it('is on time with the working hours left, rounded to 2 decimals', () => {
    // Monday 16:20 → 18:00 is 100 min, Tuesday 08:00 → 10:00 is 120 min: 220 min = 3.666… h.
    expect(slaState({ ...running, now: sp('2026-03-09T16:20') })).toEqual({ state: 'on_time', due: sp('2026-03-10T10:00'), remainingHours: 3.67 });
    expect(slaState({ ...running, now: sp('2026-03-10T10:00') })).toMatchObject({ state: 'on_time', remainingHours: 0 });
  });

  it('is late with negative hours once past the due time', () => {
    expect(slaState({ ...running, now: sp('2026-03-10T11:40') })).toMatchObject({ state: 'late', remainingHours: -1.67 });
    // Due Friday 18:00, now Saturday: late, but no working time has run since.
    const friday = input('2026-03-13T08:00', 600);
    expect(slaState({ ...friday, now: sp('2026-03-14T10:00') })).toEqual({ state: 'late', due: sp('2026-03-13T18:00'), remainingHours: 0 });
    expect(Object.is(slaState({ ...friday, now: sp('2026-03-14T10:00') }).remainingHours, -0)).toBe(false);
  });

  it('is paused with the time left frozen at the pause start', () => {
    // Due Monday 09:00; paused Friday 16:00 with 2 h (Friday) + 1 h (Monday) left.
    const paused = input('2026-03-13T09:00', 600, [pause('2026-03-13T16:00', null)]);
    expect(slaState({ ...paused, now: sp('2026-03-16T15:00') })).toEqual({ state: 'paused', due: null, remainingHours: 3 });
  });

  it('counts wall-clock hours in calendar mode', () => {
    const wall = input('2026-03-13T17:00', 120, [], { mode: 'calendar' });
    expect(slaState({ ...wall, now: sp('2026-03-14T10:00') })).toMatchObject({ state: 'late', remainingHours: -15 });
  });
});
