import {
  brazilianNationalHolidays,
  hasWorkingHours,
  type BusinessCalendar,
  type Calendar,
  type calendarBody,
  type Holiday,
  type holidayBody,
  type updateCalendarBody,
  type WorkingSpan,
} from '@atende/shared';
import type { z } from 'zod';
import type { Principal } from '../../../../platform/auth/index.js';
import type { Scope } from '../../../../platform/db/tenant.js';
import { AppError } from '../../../../platform/errors.js';
import type { Platform } from '../../../../platform/platform.js';
import { calendarsRepo, type CalendarView, type HolidayRow } from '../calendars.repository.js';
import { companyExists } from '../../../tenancy/index.js';
import { read, write } from '../run.js';

const toCalendar = ({ id, companyId, companyName, name, timeZone, hours, nationalHolidays }: CalendarView): Calendar => ({
  id,
  companyId,
  companyName,
  name,
  timeZone,
  hours,
  nationalHolidays,
});
const toHoliday = ({ id, date, name }: HolidayRow): Holiday => ({ id, date, name, national: false });

/** SPEC PAN-04: the SLA calculator decides whether hours and zone make a usable calendar. */
function assertUsable(cal: { timeZone: string; hours: Array<{ weekday: number; start: string; end: string }>; nationalHolidays: boolean }) {
  const candidate: BusinessCalendar = { ...cal, hours: cal.hours as WorkingSpan[], holidays: [] };
  let problem = 'no working hours on any weekday';
  try {
    if (hasWorkingHours(candidate)) return;
  } catch (err) {
    problem = err instanceof Error ? err.message : String(err);
  }
  const zone = problem.startsWith('unknown time zone');
  throw new AppError('CALENDAR_INVALID', {
    fields: [zone ? { path: 'body.timeZone', rule: 'invalid_time_zone' } : { path: 'body.hours', rule: 'invalid_hours' }],
  });
}

async function view(s: Scope, id: string) {
  const [row] = await calendarsRepo.list(s, id);
  if (!row) throw new AppError('CALENDAR_NOT_FOUND');
  return toCalendar(row);
}

async function assertCompany(s: Scope, companyId: string | null | undefined) {
  if (companyId && !(await companyExists(s, companyId))) throw new AppError('COMPANY_NOT_FOUND');
}

export const listCalendarsQuery = (platform: Platform, p: Principal) => read(platform, p, async (s) => (await calendarsRepo.list(s)).map(toCalendar));

// One calendar per company and one default (company null): the unique indexes answer CALENDAR_TAKEN.
export const createCalendarCommand = (platform: Platform, p: Principal, body: z.infer<typeof calendarBody>) =>
  write(platform, p, { entity: 'calendar', action: 'created' }, async (s) => {
    assertUsable(body);
    await assertCompany(s, body.companyId);
    return view(s, (await calendarsRepo.insert(s, body)).id);
  });

export const updateCalendarCommand = (platform: Platform, p: Principal, id: string, body: z.infer<typeof updateCalendarBody>) =>
  write(platform, p, { entity: 'calendar', action: 'updated', id }, async (s) => {
    const current = await calendarsRepo.byId(s, id);
    if (!current) throw new AppError('CALENDAR_NOT_FOUND');
    // The default calendar stays the default: companies without their own fall back on it.
    if (current.companyId === null && body.companyId) {
      throw new AppError('CALENDAR_INVALID', { fields: [{ path: 'body.companyId', rule: 'default_calendar_no_company' }] });
    }
    assertUsable({ ...current, ...body });
    await assertCompany(s, body.companyId);
    await calendarsRepo.update(s, id, body);
    return view(s, id);
  });

export const deleteCalendarCommand = (platform: Platform, p: Principal, id: string) =>
  write(platform, p, { entity: 'calendar', action: 'deleted', id }, async (s) => {
    const current = await calendarsRepo.byId(s, id);
    if (!current) throw new AppError('CALENDAR_NOT_FOUND');
    if (current.companyId === null) {
      throw new AppError('CALENDAR_INVALID', { fields: [{ path: 'params.id', rule: 'default_calendar_kept' }] });
    }
    await calendarsRepo.remove(s, id);
  });

/** National holidays of the year (when the calendar observes them) and its own dates, by date. */
export const listHolidaysQuery = (platform: Platform, p: Principal, calendarId: string, year: number) =>
  read(platform, p, async (s): Promise<Holiday[]> => {
    const cal = await calendarsRepo.byId(s, calendarId);
    if (!cal) throw new AppError('CALENDAR_NOT_FOUND');
    const national = cal.nationalHolidays
      ? brazilianNationalHolidays(year).map((h) => ({ id: null, date: h.date, name: h.name, national: true }))
      : [];
    const own = (await calendarsRepo.holidays(s, calendarId, year)).map(toHoliday);
    return [...national, ...own].sort((a, b) => a.date.localeCompare(b.date) || Number(a.national) - Number(b.national));
  });

export const createHolidayCommand = (platform: Platform, p: Principal, calendarId: string, body: z.infer<typeof holidayBody>) =>
  write(platform, p, { entity: 'calendar_holiday', action: 'created' }, async (s) => {
    if (!(await calendarsRepo.byId(s, calendarId))) throw new AppError('CALENDAR_NOT_FOUND');
    return toHoliday(await calendarsRepo.insertHoliday(s, calendarId, body));
  });

export const deleteHolidayCommand = (platform: Platform, p: Principal, id: string) =>
  write(platform, p, { entity: 'calendar_holiday', action: 'deleted', id }, async (s) => {
    if (!(await calendarsRepo.removeHoliday(s, id))) throw new AppError('NOT_FOUND');
  });
