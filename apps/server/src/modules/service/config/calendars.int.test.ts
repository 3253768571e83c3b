import { addBusinessMinutes } from '@atende/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/test-app.js';
import { calendarFor } from './api.js';

type Calendar = {
  id: string;
  companyId: string | null;
  companyName: string | null;
  name: string;
  timeZone: string;
  hours: unknown[];
  nationalHolidays: boolean;
};
type Holiday = { id: string | null; date: string; name: string; national: boolean };

// SPEC PAN-04: business calendars per company (or the organization's default) and their holidays.
describe('business calendars', () => {
  let t: TestApp;
  let admin: Session;
  let agent: Session;
  let outra: Session;
  let companyIds: string[];
  const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));

  beforeAll(async () => {
    t = await createTestApp();
    [admin, agent, outra] = await Promise.all([t.login('admin@demo.local'), t.login('agente@demo.local'), t.login('admin@outra.local')]);
    companyIds = ((await admin.inject({ url: '/api/companies' })).json().items as { id: string }[]).map((c) => c.id);
  });
  afterAll(() => t.close());

  const calendars = async (s: Session) => (await s.inject({ url: '/api/calendars' })).json().items as Calendar[];
  const code = (res: { json(): { error?: { code: string } } }) => res.json().error?.code;

  it('seeds the Demo default calendar: Mon–Fri 08–18, Sat 08–12, São Paulo, national holidays', async () => {
    const [def] = await calendars(agent);
    expect(def).toMatchObject({ companyId: null, companyName: null, timeZone: 'America/Sao_Paulo', nationalHolidays: true });
    expect(def!.hours).toEqual([
      ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '18:00' })),
      { weekday: 6, start: '08:00', end: '12:00' },
    ]);
  });

  it('lists 2026 holidays: the movable national ones and the own date', async () => {
    const [def] = await calendars(agent);
    const res = await agent.inject({ url: `/api/calendars/${def!.id}/holidays?year=2026` });
    expect(res.statusCode, res.body).toBe(200);
    const holidays = res.json().items as Holiday[];
    const dates = holidays.map((h) => h.date);
    expect(dates).toEqual(expect.arrayContaining(['2026-02-16', '2026-02-17', '2026-04-03', '2026-06-04', '2026-01-25', '2026-12-25']));
    expect(dates).toEqual([...dates].sort());
    expect(holidays.find((h) => h.date === '2026-01-25')).toMatchObject({ name: 'Aniversário de São Paulo', national: false });
    expect(holidays.find((h) => h.date === '2026-04-03')).toMatchObject({ id: null, national: true });
    // Another year: national dates of that year, no own date of 2026.
    const y2027 = (await agent.inject({ url: `/api/calendars/${def!.id}/holidays?year=2027` })).json().items as Holiday[];
    expect(y2027.some((h) => h.date.startsWith('2026'))).toBe(false);
    expect(y2027.some((h) => !h.national)).toBe(false);
  });

  it('adds and removes own holidays; one per date', async () => {
    const [def] = await calendars(admin);
    const add = (date: string) =>
      admin.inject({ method: 'POST', url: `/api/calendars/${def!.id}/holidays`, payload: { date, name: 'Padroeira da cidade' } });
    const created = await add('2026-08-15');
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ date: '2026-08-15', national: false });
    expect(code(await add('2026-08-15'))).toBe('HOLIDAY_DATE_TAKEN');
    expect((await add('2026-02-30')).statusCode).toBe(400);
    expect((await agent.inject({ method: 'DELETE', url: `/api/calendar-holidays/${created.json().id}` })).statusCode).toBe(403);
    expect(code(await outra.inject({ method: 'DELETE', url: `/api/calendar-holidays/${created.json().id}` }))).toBe('NOT_FOUND');
    expect((await admin.inject({ method: 'DELETE', url: `/api/calendar-holidays/${created.json().id}` })).statusCode).toBe(204);
    expect(code(await admin.inject({ method: 'DELETE', url: `/api/calendar-holidays/${created.json().id}` }))).toBe('NOT_FOUND');
  });

  it("creates one calendar per company, validated by the SLA calculator; calendarFor picks the company's", async () => {
    const body = { companyId: companyIds[0]!, name: 'Telecom', timeZone: 'America/Manaus', hours: weekdays, nationalHolidays: false };
    expect(code(await admin.inject({ method: 'POST', url: '/api/calendars', payload: { ...body, timeZone: 'Mars/Olympus' } }))).toBe(
      'CALENDAR_INVALID',
    );
    expect(code(await admin.inject({ method: 'POST', url: '/api/calendars', payload: { ...body, hours: [] } }))).toBe('CALENDAR_INVALID');
    expect(
      code(
        await admin.inject({ method: 'POST', url: '/api/calendars', payload: { ...body, hours: [{ weekday: 1, start: '18:00', end: '08:00' }] } }),
      ),
    ).toBe('CALENDAR_INVALID');
    expect(
      code(await admin.inject({ method: 'POST', url: '/api/calendars', payload: { ...body, hours: [{ weekday: 1, start: '8h', end: '12:00' }] } })),
    ).toBe('CALENDAR_INVALID');
    expect(code(await admin.inject({ method: 'POST', url: '/api/calendars', payload: { ...body, companyId: null } }))).toBe('CALENDAR_TAKEN');
    expect((await agent.inject({ method: 'POST', url: '/api/calendars', payload: body })).statusCode).toBe(403);

    const created = await admin.inject({ method: 'POST', url: '/api/calendars', payload: body });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ companyId: companyIds[0], companyName: expect.any(String), timeZone: 'America/Manaus' });
    expect(code(await admin.inject({ method: 'POST', url: '/api/calendars', payload: { ...body, name: 'Outro' } }))).toBe('CALENDAR_TAKEN');
    await admin.inject({
      method: 'POST',
      url: `/api/calendars/${created.json().id}/holidays`,
      payload: { date: '2026-10-24', name: 'Aniversário de Manaus' },
    });

    const demo = await t.orgId('demo');
    const [own, fallback] = await t.app.platform.tenant.inTenant(
      demo,
      null,
      async (s) => [await calendarFor(s, companyIds[0]!), await calendarFor(s, companyIds[1]!)] as const,
    );
    expect(own).toEqual({ timeZone: 'America/Manaus', hours: weekdays, holidays: ['2026-10-24'], nationalHolidays: false });
    expect(fallback).toMatchObject({ timeZone: 'America/Sao_Paulo', holidays: ['2026-01-25'], nationalHolidays: true });
    // Friday 2026-01-23 17:00 São Paulo + 2 business hours: 1 h on Friday, Saturday 24th 08:00–09:00.
    expect(addBusinessMinutes(fallback, new Date('2026-01-23T20:00:00Z'), 120).toISOString()).toBe('2026-01-24T12:00:00.000Z');

    const edited = await admin.inject({
      method: 'PATCH',
      url: `/api/calendars/${created.json().id}`,
      payload: { nationalHolidays: true, name: 'Telecom AM' },
    });
    expect(edited.json()).toMatchObject({ name: 'Telecom AM', nationalHolidays: true, timeZone: 'America/Manaus' });
    expect(code(await admin.inject({ method: 'PATCH', url: `/api/calendars/${created.json().id}`, payload: { hours: [] } }))).toBe(
      'CALENDAR_INVALID',
    );
    expect((await admin.inject({ method: 'DELETE', url: `/api/calendars/${created.json().id}` })).statusCode).toBe(204);
    expect((await t.app.platform.tenant.inTenant(demo, null, (s) => calendarFor(s, companyIds[0]!))).timeZone).toBe('America/Sao_Paulo');
  });

  it('keeps the default calendar: it cannot be deleted nor given to a company', async () => {
    const [def] = await calendars(admin);
    expect(code(await admin.inject({ method: 'DELETE', url: `/api/calendars/${def!.id}` }))).toBe('CALENDAR_INVALID');
    expect(code(await admin.inject({ method: 'PATCH', url: `/api/calendars/${def!.id}`, payload: { companyId: companyIds[1] } }))).toBe(
      'CALENDAR_INVALID',
    );
    expect(
      code(
        await admin.inject({
          method: 'POST',
          url: '/api/calendars',
          payload: { companyId: '00000000-0000-4000-8000-000000000000', name: 'X', timeZone: 'UTC', hours: weekdays, nationalHolidays: true },
        }),
      ),
    ).toBe('COMPANY_NOT_FOUND');
  });

  it("keeps Demo's calendars away from Outra, whose calendarFor is the built-in default", async () => {
    const [def] = await calendars(admin);
    expect(await calendars(outra)).toEqual([]);
    expect(code(await outra.inject({ url: `/api/calendars/${def!.id}/holidays?year=2026` }))).toBe('CALENDAR_NOT_FOUND');
    expect(code(await outra.inject({ method: 'PATCH', url: `/api/calendars/${def!.id}`, payload: { name: 'Roubado' } }))).toBe('CALENDAR_NOT_FOUND');
    expect(code(await outra.inject({ method: 'DELETE', url: `/api/calendars/${def!.id}` }))).toBe('CALENDAR_NOT_FOUND');
    expect(code(await outra.inject({ method: 'POST', url: `/api/calendars/${def!.id}/holidays`, payload: { date: '2026-12-31', name: 'X' } }))).toBe(
      'CALENDAR_NOT_FOUND',
    );
    // A company of Demo is no company of Outra.
    expect(
      code(
        await outra.inject({
          method: 'POST',
          url: '/api/calendars',
          payload: { companyId: companyIds[0], name: 'X', timeZone: 'UTC', hours: weekdays, nationalHolidays: true },
        }),
      ),
    ).toBe('COMPANY_NOT_FOUND');
    const cal = await t.app.platform.tenant.inTenant(await t.orgId('outra'), null, (s) => calendarFor(s, null));
    expect(cal).toMatchObject({ timeZone: 'America/Sao_Paulo', holidays: [], nationalHolidays: true });
  });
});
