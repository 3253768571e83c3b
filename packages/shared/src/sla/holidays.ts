// SPEC PAN-04: SLA time skips Brazilian national holidays. Fixed dates come from Lei 662/1949 and
// later laws; Consciência Negra is national only from 2024 on (Lei 14.759/2023). Movable dates follow
// Easter. Carnaval is legally a "ponto facultativo", but operations close on it, so it is listed.
import { addLocalDays, formatLocalDate, type LocalDate } from './zoned-time.js';

export type NationalHoliday = {
  /** Local date `YYYY-MM-DD`. */
  date: string;
  /** Official pt-BR name. */
  name: string;
  /** True for the Easter-based dates (Carnaval, Sexta-feira Santa, Corpus Christi). */
  movable: boolean;
};

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, a.k.a. Meeus/Jones/Butcher). */
export function easterSunday(year: number): LocalDate {
  if (!Number.isInteger(year) || year < 1583) throw new RangeError(`Easter is computed for Gregorian years from 1583 on, got ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

const FIXED: ReadonlyArray<{ monthDay: string; name: string; since?: number }> = [
  { monthDay: '01-01', name: 'Confraternização Universal' },
  { monthDay: '04-21', name: 'Tiradentes' },
  { monthDay: '05-01', name: 'Dia do Trabalho' },
  { monthDay: '09-07', name: 'Independência do Brasil' },
  { monthDay: '10-12', name: 'Nossa Senhora Aparecida' },
  { monthDay: '11-02', name: 'Finados' },
  { monthDay: '11-15', name: 'Proclamação da República' },
  { monthDay: '11-20', name: 'Dia Nacional de Zumbi e da Consciência Negra', since: 2024 },
  { monthDay: '12-25', name: 'Natal' },
];

/** Days from Easter Sunday. */
const MOVABLE: ReadonlyArray<{ offset: number; name: string }> = [
  { offset: -48, name: 'Carnaval (segunda-feira)' },
  { offset: -47, name: 'Carnaval (terça-feira)' },
  { offset: -2, name: 'Sexta-feira Santa' },
  { offset: 60, name: 'Corpus Christi' },
];

/** Brazilian national holidays of `year`, sorted by date. */
export function brazilianNationalHolidays(year: number): NationalHoliday[] {
  const easter = easterSunday(year);
  const fixed = FIXED.filter((h) => h.since === undefined || year >= h.since).map((h) => ({
    date: `${year}-${h.monthDay}`,
    name: h.name,
    movable: false,
  }));
  const movable = MOVABLE.map((h) => ({ date: formatLocalDate(addLocalDays(easter, h.offset)), name: h.name, movable: true }));
  return [...fixed, ...movable].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}
