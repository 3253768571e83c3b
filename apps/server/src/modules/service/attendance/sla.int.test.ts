import { addBusinessMinutes, businessMinutesBetween, computeDue, type SlaIntervention } from '@atende/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attendances } from '../../../db/schema/attendances.js';
import { slaInterventions } from '../../../db/schema/attendance-service.js';
import { queues } from '../../../db/schema/routing.js';
import { createTestApp, type Session, type TestApp } from '../../../../test/test-app.js';
import { openAttendance } from '../../attendances/index.js';
import { calendarOf, pinSlaStart, serviceFixtures, type Fixtures } from '../../../../test/fixtures/service.js';

type Service = {
  id: string;
  contactOriginName: string | null;
  companyId: string | null;
  companyName: string | null;
  sla: {
    policyId: string | null;
    mode: 'business' | 'calendar';
    minutes: number;
    startedAt: string;
    dueAt: string | null;
    pausedAt: string | null;
    state: string;
    remainingHours: number | null;
  };
};
type HistoryItem = {
  kind: 'increment' | 'pause';
  reasonName: string;
  unit: 'hours' | 'days' | null;
  quantity: number | null;
  previousDueAt: string | null;
  newDueAt: string | null;
  createdAt: string;
  createdByName: string | null;
  resumedAt: string | null;
};

// SPEC PAN-04 "Modificar SLA": the stored due time always equals the pure calculator's answer.
describe('attendance SLA: policy on creation, increments, pauses, history', () => {
  let t: TestApp;
  let admin: Session;
  let supervisor: Session;
  let agent: Session;
  let org: string;
  let fx: Fixtures;
  // Monday 16 Nov 2026, 09:00 in São Paulo: a working day, no holiday.
  const MONDAY_9 = new Date('2026-11-16T12:00:00Z');

  const create = async (s: Session = supervisor) => {
    const res = await s.inject({ method: 'POST', url: '/api/attendances/panel', payload: { personId: null, contactName: 'Cliente SLA' } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Service;
  };
  const service = async (id: string, s: Session = supervisor) => (await s.inject({ url: `/api/attendances/${id}/service` })).json() as Service;
  const post = (s: Session, id: string, action: string, payload: object) =>
    s.inject({ method: 'POST', url: `/api/attendances/${id}/sla/${action}`, payload });
  const increment = (id: string, unit: 'hours' | 'days', quantity: number, s: Session = supervisor) =>
    post(s, id, 'increment', { reasonId: fx.reasons.increment.id, observations: 'peça em falta', unit, quantity, confirm: true });
  const history = async (id: string) => (await supervisor.inject({ url: `/api/attendances/${id}/sla/history` })).json().items as HistoryItem[];
  const asInterventions = (items: HistoryItem[]): SlaIntervention[] =>
    items.map((i) =>
      i.kind === 'increment'
        ? { kind: 'increment', at: new Date(i.createdAt), unit: i.unit!, quantity: i.quantity! }
        : { kind: 'pause', at: new Date(i.createdAt), resumedAt: i.resumedAt ? new Date(i.resumedAt) : null },
    );
  const pinned = async () => {
    const a = await create();
    return { id: a.id, ...(await pinSlaStart(t, org, a.id, MONDAY_9, fx.defaultPolicy)) };
  };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@demo.local');
    supervisor = await t.login('supervisor@demo.local');
    agent = await t.login('agente@demo.local');
    org = admin.me.organizationId;
    fx = await serviceFixtures(t, org);
  });
  afterAll(() => t.close());

  it('applies the default policy when created from the panel: due = computeDue of start, policy and calendar', async () => {
    const a = await create();
    expect(a.sla).toMatchObject({
      policyId: fx.defaultPolicy.id,
      minutes: fx.defaultPolicy.resolutionMinutes,
      mode: fx.defaultPolicy.mode,
      pausedAt: null,
    });
    const calendar = await calendarOf(t, org, null);
    const due = computeDue({ calendar, mode: a.sla.mode, start: new Date(a.sla.startedAt), durationMinutes: a.sla.minutes, interventions: [] });
    expect(a.sla.dueAt).toBe(due!.toISOString());
    expect(['on_time', 'late']).toContain(a.sla.state);
  });

  it('fills origin and default SLA on a queued channel contact, by itself', async () => {
    const channel = ((await admin.inject({ url: '/api/channels' })).json().items as { id: string; queueId: string; name: string }[]).find(
      (c) => c.name === 'WebChat',
    )!;
    const company = ((await admin.inject({ url: '/api/companies' })).json().items as { id: string; name: string }[])[0]!;
    await t.app.platform.tenant.inTenant(org, null, (s) => s.tx.update(queues).set({ companyId: company.id }).where(eq(queues.id, channel.queueId)));
    const a = await t.app.platform.tenant.inTenant(org, null, (s) =>
      openAttendance(t.app.platform, s, {
        channelId: channel.id,
        channelType: 'webchat',
        queueId: channel.queueId,
        contact: { name: 'Visitante' },
        contactIdentity: 'v-sla',
        personId: null,
        priority: 0,
      }),
    );
    await expect.poll(async () => (await service(a.id)).sla.policyId, { timeout: 10_000 }).toBe(fx.defaultPolicy.id);
    const s = await service(a.id);
    expect(s).toMatchObject({ contactOriginName: 'WebChat', companyId: company.id, companyName: company.name });
    const calendar = await calendarOf(t, org, company.id);
    expect(s.sla.dueAt).toBe(
      computeDue({ calendar, mode: s.sla.mode, start: new Date(s.sla.startedAt), durationMinutes: s.sla.minutes, interventions: [] })!.toISOString(),
    );
  });

  it('fills the default SLA on an attendance started by hand ("Iniciar atendimento"), silently', async () => {
    const started = await agent.inject({ method: 'POST', url: '/api/attendances', payload: { personId: null } });
    expect(started.statusCode, started.body).toBe(201);
    const id = started.json().id as string;
    await expect.poll(async () => (await service(id, agent)).sla.policyId, { timeout: 10_000 }).toBe(fx.defaultPolicy.id);
    expect((await service(id, agent)).sla.dueAt).not.toBeNull();
  });

  it('previews and applies an increment of 2 hours: the due time moves by 2 business hours', async () => {
    const { id, calendar, due } = await pinned();
    const expected = addBusinessMinutes(calendar, due, 120).toISOString();
    const preview = await post(supervisor, id, 'preview', { unit: 'hours', quantity: 2 });
    expect(preview.json()).toEqual({ currentDueAt: due.toISOString(), newDueAt: expected });
    const res = await increment(id, 'hours', 2);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().sla.dueAt).toBe(expected);
    const [item] = await history(id);
    expect(item).toMatchObject({
      kind: 'increment',
      reasonName: 'Peças (teste)',
      unit: 'hours',
      quantity: 2,
      previousDueAt: due.toISOString(),
      newDueAt: expected,
      createdByName: 'Sérgio Supervisor',
    });
  });

  it('increments in days, and the stored due is always computeDue over every intervention', async () => {
    const { id, calendar, due } = await pinned();
    await increment(id, 'hours', 2);
    const res = await increment(id, 'days', 1);
    expect(res.statusCode, res.body).toBe(200);
    const items = await history(id);
    const expected = computeDue({
      calendar,
      mode: fx.defaultPolicy.mode,
      start: MONDAY_9,
      durationMinutes: fx.defaultPolicy.resolutionMinutes,
      interventions: asInterventions(items),
    });
    expect(res.json().sla.dueAt).toBe(expected!.toISOString());
    // One business day later keeps the local clock time: a whole working day (10 h Mon–Fri) more.
    expect(businessMinutesBetween(calendar, due, new Date(res.json().sla.dueAt))).toBeGreaterThan(120);
  });

  it('pauses (state paused, no due) and on resume pushes the due by the paused business time', async () => {
    const { id, calendar, due } = await pinned();
    const paused = await post(supervisor, id, 'pause', { reasonId: fx.reasons.pause.id, observations: 'cliente viajando', confirm: true });
    expect(paused.statusCode, paused.body).toBe(200);
    expect(paused.json().sla).toMatchObject({ state: 'paused', dueAt: null });
    expect((await increment(id, 'hours', 1)).json().error.code).toBe('SLA_NOT_COUNTING');
    // The pause began Monday 10:00 (fixed clock) instead of now.
    const pausedAt = new Date('2026-11-16T13:00:00Z');
    await t.app.platform.tenant.inTenant(org, null, async (s) => {
      await s.tx.update(slaInterventions).set({ createdAt: pausedAt }).where(eq(slaInterventions.attendanceId, id));
      await s.tx.update(attendances).set({ slaPausedAt: pausedAt }).where(eq(attendances.id, id));
    });
    const resumed = await post(supervisor, id, 'resume', { observations: 'voltou' });
    expect(resumed.statusCode, resumed.body).toBe(200);
    const [item] = await history(id);
    const resumedAt = new Date(item!.resumedAt!);
    const expected = addBusinessMinutes(calendar, due, businessMinutesBetween(calendar, pausedAt, resumedAt));
    expect(resumed.json().sla).toMatchObject({ dueAt: expected.toISOString(), pausedAt: null });
    expect(resumed.json().sla.state).not.toBe('paused');
    expect(item).toMatchObject({
      kind: 'pause',
      reasonName: 'Cliente ausente (teste)',
      previousDueAt: due.toISOString(),
      newDueAt: expected.toISOString(),
      resumedByName: 'Sérgio Supervisor',
    });
    expect((await post(supervisor, id, 'resume', {})).json().error.code).toBe('SLA_NOT_PAUSED');
  });

  it('requires the confirmation and a reason of the right type', async () => {
    const { id } = await pinned();
    const unconfirmed = await post(supervisor, id, 'increment', {
      reasonId: fx.reasons.increment.id,
      observations: '',
      unit: 'hours',
      quantity: 1,
      confirm: false,
    });
    expect([unconfirmed.statusCode, unconfirmed.json().error.code]).toEqual([400, 'SLA_CONFIRMATION_REQUIRED']);
    const noConfirm = await post(supervisor, id, 'pause', { reasonId: fx.reasons.pause.id, observations: '' });
    expect([noConfirm.statusCode, noConfirm.json().error.code]).toEqual([400, 'SLA_CONFIRMATION_REQUIRED']);
    const wrongType = await post(supervisor, id, 'increment', {
      reasonId: fx.reasons.pause.id,
      observations: '',
      unit: 'hours',
      quantity: 1,
      confirm: true,
    });
    expect([wrongType.statusCode, wrongType.json().error.code]).toEqual([400, 'SLA_REASON_TYPE_MISMATCH']);
    const pauseWithIncrement = await post(supervisor, id, 'pause', { reasonId: fx.reasons.increment.id, observations: '', confirm: true });
    expect(pauseWithIncrement.json().error.code).toBe('SLA_REASON_TYPE_MISMATCH');
    const retired = await post(supervisor, id, 'increment', {
      reasonId: fx.reasons.retired.id,
      observations: '',
      unit: 'hours',
      quantity: 1,
      confirm: true,
    });
    expect(retired.json().error.code).toBe('SLA_REASON_TYPE_MISMATCH');
    expect(await history(id)).toEqual([]);
  });

  it('counts two concurrent increments, and the history lists both newest first with reason names', async () => {
    const { id, calendar, due } = await pinned();
    const [a, b] = await Promise.all([increment(id, 'hours', 1, supervisor), increment(id, 'hours', 2, admin)]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const final = await service(id);
    expect(businessMinutesBetween(calendar, due, new Date(final.sla.dueAt!))).toBe(180);
    const items = await history(id);
    expect(items).toHaveLength(2);
    expect(items.map((i) => i.reasonName)).toEqual(['Peças (teste)', 'Peças (teste)']);
    expect(new Date(items[0]!.createdAt).getTime()).toBeGreaterThanOrEqual(new Date(items[1]!.createdAt).getTime());
    expect(new Set(items.map((i) => i.createdByName))).toEqual(new Set(['Sérgio Supervisor', 'Ana Admin']));
    const expected = computeDue({
      calendar,
      mode: fx.defaultPolicy.mode,
      start: MONDAY_9,
      durationMinutes: fx.defaultPolicy.resolutionMinutes,
      interventions: asInterventions(items),
    });
    expect(final.sla.dueAt).toBe(expected!.toISOString());
  });

  it('refuses "Modificar SLA" to an agent without the tool (403 TOOL_FORBIDDEN), history stays open to them', async () => {
    const own = await create(agent);
    const res = await increment(own.id, 'hours', 1, agent);
    expect([res.statusCode, res.json().error.code]).toEqual([403, 'TOOL_FORBIDDEN']);
    expect((await post(agent, own.id, 'preview', { unit: 'hours', quantity: 1 })).statusCode).toBe(403);
    expect((await agent.inject({ url: `/api/attendances/${own.id}/sla/history` })).statusCode).toBe(200);
  });

  it('events carry the author and the contract’s type names', async () => {
    const { id } = await pinned();
    await increment(id, 'hours', 1);
    await post(supervisor, id, 'pause', { reasonId: fx.reasons.pause.id, observations: 'x', confirm: true });
    await post(supervisor, id, 'resume', {});
    const events = (await supervisor.inject({ url: `/api/attendances/${id}` })).json().events as {
      type: string;
      actorId: string | null;
      data: Record<string, unknown>;
    }[];
    const sla = events.filter((e) => e.type.startsWith('sla_'));
    expect(sla.map((e) => e.type)).toEqual(['sla_defined', 'sla_incremented', 'sla_paused', 'sla_resumed']);
    expect(sla.every((e) => e.actorId === supervisor.me.id)).toBe(true);
    expect(sla[1]!.data).toMatchObject({ reasonName: 'Peças (teste)', unit: 'hours', quantity: 1 });
    expect(sla[2]!.data).toMatchObject({ reasonName: 'Cliente ausente (teste)', observations: 'x' });
  });
});
