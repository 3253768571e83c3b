import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import { businessCalendars, calendarHolidays, type CalendarHours } from '../../../db/schema/service-config.js';
import { companies } from '../../../db/schema/tenancy.js';
import type { Scope } from '../../../platform/db/tenant.js';

export type CalendarRow = typeof businessCalendars.$inferSelect;
export type CalendarView = CalendarRow & { companyName: string | null };
export type HolidayRow = typeof calendarHolidays.$inferSelect;
type CalendarValues = { companyId?: string | null; name?: string; timeZone?: string; hours?: CalendarHours; nationalHolidays?: boolean };

// SPEC PAN-04: business calendars (company null = the organization's default) and own holidays.
export const calendarsRepo = {
  /** Default first, then by company name. */
  async list(s: Scope, id?: string): Promise<CalendarView[]> {
    const rows = await s.tx
      .select({ calendar: businessCalendars, companyName: companies.name })
      .from(businessCalendars)
      .leftJoin(companies, eq(companies.id, businessCalendars.companyId))
      .where(id ? eq(businessCalendars.id, id) : undefined)
      .orderBy(sql`${businessCalendars.companyId} is not null`, asc(companies.name), asc(businessCalendars.name));
    return rows.map((r) => ({ ...r.calendar, companyName: r.companyName }));
  },
  async byId(s: Scope, id: string) {
    const [row] = await s.tx.select().from(businessCalendars).where(eq(businessCalendars.id, id));
    return row;
  },
  /** The company's calendar, or the default when it has none (or when companyId is null). */
  async forCompany(s: Scope, companyId: string | null) {
    const rows = await s.tx
      .select()
      .from(businessCalendars)
      .where(companyId ? or(eq(businessCalendars.companyId, companyId), isNull(businessCalendars.companyId)) : isNull(businessCalendars.companyId));
    return rows.find((r) => r.companyId !== null) ?? rows[0];
  },
  async insert(s: Scope, values: Required<Omit<CalendarValues, 'companyId'>> & { companyId: string | null }) {
    const [row] = await s.tx
      .insert(businessCalendars)
      .values({ ...values, organizationId: s.organizationId })
      .returning();
    return row!;
  },
  async update(s: Scope, id: string, values: CalendarValues) {
    if (Object.keys(values).length === 0) return this.byId(s, id);
    const [row] = await s.tx.update(businessCalendars).set(values).where(eq(businessCalendars.id, id)).returning();
    return row;
  },
  async remove(s: Scope, id: string) {
    await s.tx.delete(businessCalendars).where(eq(businessCalendars.id, id));
  },

  /** Own holidays of a calendar, optionally of one year only, by date. */
  holidays: (s: Scope, calendarId: string, year?: number) =>
    s.tx
      .select()
      .from(calendarHolidays)
      .where(
        and(
          eq(calendarHolidays.calendarId, calendarId),
          year === undefined ? undefined : and(gte(calendarHolidays.date, `${year}-01-01`), lte(calendarHolidays.date, `${year}-12-31`)),
        ),
      )
      .orderBy(asc(calendarHolidays.date)),
  async insertHoliday(s: Scope, calendarId: string, values: { date: string; name: string }) {
    const [row] = await s.tx
      .insert(calendarHolidays)
      .values({ ...values, calendarId, organizationId: s.organizationId })
      .returning();
    return row!;
  },
  async removeHoliday(s: Scope, id: string) {
    const rows = await s.tx.delete(calendarHolidays).where(eq(calendarHolidays.id, id)).returning({ id: calendarHolidays.id });
    return rows.length > 0;
  },
};
