import { describe, expect, it } from 'vitest';
import { brazilianNationalHolidays, easterSunday } from './holidays.js';

const dates = (year: number) => brazilianNationalHolidays(year).map((h) => h.date);

describe('easterSunday', () => {
  it.each([
    [2024, 3, 31],
    [2025, 4, 20],
    [2026, 4, 5],
    [2000, 4, 23],
    [2038, 4, 25],
    [2019, 4, 21],
  ])('%i → %i-%i', (year, month, day) => {
    expect(easterSunday(year)).toEqual({ year, month, day });
  });

  it('refuses non-Gregorian or fractional years', () => {
    expect(() => easterSunday(1500)).toThrow(RangeError);
    expect(() => easterSunday(2026.5)).toThrow(RangeError);
  });
});

describe('brazilianNationalHolidays', () => {
  it('lists 2026 sorted, with the Easter-based dates marked movable', () => {
    const holidays = brazilianNationalHolidays(2026);
    expect(holidays.map((h) => [h.date, h.movable])).toEqual([
      ['2026-01-01', false],
      ['2026-02-16', true], // Carnaval Monday, Easter − 48
      ['2026-02-17', true], // Carnaval Tuesday, Easter − 47
      ['2026-04-03', true], // Sexta-feira Santa, Easter − 2
      ['2026-04-21', false],
      ['2026-05-01', false],
      ['2026-06-04', true], // Corpus Christi, Easter + 60
      ['2026-09-07', false],
      ['2026-10-12', false],
      ['2026-11-02', false],
      ['2026-11-15', false],
      ['2026-11-20', false],
      ['2026-12-25', false],
    ]);
    expect(holidays.find((h) => h.date === '2026-04-21')?.name).toBe('Tiradentes');
    expect(holidays.find((h) => h.date === '2026-06-04')?.name).toBe('Corpus Christi');
  });

  it('has Consciência Negra as national from 2024 on only', () => {
    expect(dates(2023)).not.toContain('2023-11-20');
    expect(dates(2023)).toHaveLength(12);
    expect(dates(2024)).toContain('2024-11-20');
    expect(dates(2025)).toContain('2025-11-20');
    expect(brazilianNationalHolidays(2024).find((h) => h.date === '2024-11-20')?.name).toBe('Dia Nacional de Zumbi e da Consciência Negra');
  });

  it('puts Carnaval in February or March across year boundaries of Easter (2024: Easter in March)', () => {
    expect(dates(2024)).toEqual(expect.arrayContaining(['2024-02-12', '2024-02-13', '2024-03-29', '2024-05-30']));
    expect(dates(2038)).toEqual(expect.arrayContaining(['2038-03-08', '2038-03-09', '2038-04-23', '2038-06-24']));
  });
});
