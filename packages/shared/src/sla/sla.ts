// SPEC PAN-03/PAN-04: an attendance's SLA due time ("Fim Previsto") and status ("Em dia" /
// "Atrasado", "Restantes (hrs)"), after "Incrementar SLA" and "Pausar SLA" interventions.
import { addBusinessDays, addBusinessMinutes, addCalendarMinutes, businessMinutesBetween, calendarMinutesBetween } from './business-time.js';
import type { BusinessCalendar } from './calendar.js';

/** `business`: only the calendar's working time counts; `calendar`: every minute counts. */
export type SlaMode = 'business' | 'calendar';

export type SlaIncrement = { kind: 'increment'; at: Date; unit: 'hours' | 'days'; quantity: number };
/** `resumedAt` null: still paused. */
export type SlaPause = { kind: 'pause'; at: Date; resumedAt: Date | null };
export type SlaIntervention = SlaIncrement | SlaPause;

export type SlaInput = {
  calendar: BusinessCalendar;
  mode: SlaMode;
  start: Date;
  /** From the classification / process policy (PAN-03 subprocess duration, PAN-04 SLA). */
  durationMinutes: number;
  interventions: readonly SlaIntervention[];
};

export type SlaState = 'on_time' | 'late' | 'paused';

export type SlaStatus = {
  state: SlaState;
  /** Null while paused: the due time is unknown until the pause ends. */
  due: Date | null;
  /**
   * Counting time (the mode's) from now to the due time, in hours rounded to 2 decimals; negative
   * when late. While paused: the time that was left when the pause began. In business mode it is 0
   * when the due time has passed but no working time has elapsed since (late on a weekend).
   */
  remainingHours: number;
};

function minutesBetween(input: SlaInput, from: Date, to: Date): number {
  return input.mode === 'business' ? businessMinutesBetween(input.calendar, from, to) : calendarMinutesBetween(from, to);
}

function addMinutes(input: SlaInput, start: Date, minutes: number): Date {
  return input.mode === 'business' ? addBusinessMinutes(input.calendar, start, minutes) : addCalendarMinutes(start, minutes);
}

/**
 * Hours add 60·q counting minutes. Days: in business mode the same local clock time q working days
 * later (see addBusinessDays); in calendar mode 24 h·q.
 */
function applyIncrement(input: SlaInput, due: Date, increment: SlaIncrement): Date {
  const { unit, quantity } = increment;
  if (!Number.isFinite(quantity) || quantity < 0) throw new RangeError(`SLA increment quantity must be ≥ 0, got ${quantity}`);
  if (unit === 'hours') return addMinutes(input, due, quantity * 60);
  if (!Number.isInteger(quantity)) throw new RangeError(`SLA increment in days must be a whole number, got ${quantity}`);
  return input.mode === 'business' ? addBusinessDays(input.calendar, due, quantity) : addCalendarMinutes(due, quantity * 1440);
}

/**
 * Start + duration, then interventions in the order they happened. A pause [at, resumedAt) pushes the
 * due time by the counting time inside it, so time paused never counts, before or after the due time.
 * Time before `start` and time already covered by an earlier pause are not counted twice. Open pauses
 * are skipped here; callers decide what they mean.
 */
function dueSkippingOpenPauses(input: SlaInput): Date {
  const { start, durationMinutes } = input;
  if (!Number.isFinite(durationMinutes) || durationMinutes < 0) throw new RangeError(`SLA duration must be ≥ 0 minutes, got ${durationMinutes}`);
  let due = addMinutes(input, start, durationMinutes);
  let countedUntil = start.getTime();
  const ordered = [...input.interventions].sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const intervention of ordered) {
    if (intervention.kind === 'increment') {
      due = applyIncrement(input, due, intervention);
      continue;
    }
    if (!intervention.resumedAt) continue;
    const resumed = intervention.resumedAt.getTime();
    if (resumed < intervention.at.getTime()) throw new RangeError('SLA pause resumed before it began');
    const from = Math.max(intervention.at.getTime(), countedUntil);
    if (resumed <= from) continue;
    due = addMinutes(input, due, minutesBetween(input, new Date(from), new Date(resumed)));
    countedUntil = resumed;
  }
  return due;
}

const isOpenPause = (i: SlaIntervention): i is SlaPause & { resumedAt: null } => i.kind === 'pause' && i.resumedAt === null;

/** The SLA due time ("Fim Previsto"); null while a pause is open. */
export function computeDue(input: SlaInput): Date | null {
  return input.interventions.some(isOpenPause) ? null : dueSkippingOpenPauses(input);
}

/** "Novo prazo" preview of "Incrementar SLA": the due time with one more increment. */
export function newDueAfterIncrement(input: SlaInput, increment: Omit<SlaIncrement, 'kind'>): Date | null {
  return computeDue({ ...input, interventions: [...input.interventions, { kind: 'increment', ...increment }] });
}

/** Signed counting hours from `from` to `to`, 2 decimals, never −0. */
function signedHours(input: SlaInput, from: Date, to: Date): number {
  const minutes = to.getTime() >= from.getTime() ? minutesBetween(input, from, to) : -minutesBetween(input, to, from);
  return Math.round((minutes / 60) * 100) / 100 + 0;
}

/** Status at `now`: late once `now` is past the due time, paused while a pause is open. */
export function slaState(input: SlaInput & { now: Date }): SlaStatus {
  const { now } = input;
  const openPauses = input.interventions.filter(isOpenPause);
  if (openPauses.length > 0) {
    const due = dueSkippingOpenPauses({ ...input, interventions: input.interventions.filter((i) => !isOpenPause(i)) });
    const pausedAt = Math.min(...openPauses.map((p) => p.at.getTime()), now.getTime());
    const frozenAt = new Date(Math.max(pausedAt, input.start.getTime()));
    return { state: 'paused', due: null, remainingHours: signedHours(input, frozenAt, due) };
  }
  const due = dueSkippingOpenPauses(input);
  return { state: now.getTime() > due.getTime() ? 'late' : 'on_time', due, remainingHours: signedHours(input, now, due) };
}
