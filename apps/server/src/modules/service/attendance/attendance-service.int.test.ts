import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/test-app.js';
import { rowsOf } from '../../../../test/rows.js';
import { serviceFixtures, type Fixtures } from '../../../../test/fixtures/service.js';

type Run = { processName: string; subprocessName: string; startedAt: string; dueAt: string; endedAt: string | null; endedByName: string | null };
type Service = {
  id: string;
  protocol: string | null;
  status: string;
  assigneeId: string | null;
  assigneeName: string | null;
  openedByName: string | null;
  processName: string | null;
  subprocessName: string | null;
  subprocessStartedAt: string | null;
  subprocessDueAt: string | null;
  serviceOrderStatus: string;
  subprocessRuns: Run[];
  description: string | null;
  openingClassificationName: string | null;
  address: Record<string, string | null>;
  sla: { policyId: string | null };
};
type Event = { type: string; actorId: string | null; data: Record<string, unknown> };
const HOUR = 3_600_000;

// SPEC PAN-03, PAN-05, PAN-06, PAN-10: the panel's tools on one attendance.
describe('attendance service data: edit, processes, service orders, resgate, survey', () => {
  let t: TestApp;
  let admin: Session;
  let supervisor: Session;
  let agent: Session;
  let outra: Session;
  let org: string;
  let fx: Fixtures;

  const create = async (s: Session = supervisor, payload: object = {}) => {
    const res = await s.inject({ method: 'POST', url: '/api/attendances/panel', payload: { personId: null, contactName: 'Cliente', ...payload } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Service;
  };
  const act = (s: Session, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    s.inject({ method, url, ...(payload ? { payload } : {}) });
  const events = async (id: string) => (await supervisor.inject({ url: `/api/attendances/${id}` })).json().events as Event[];

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@demo.local');
    supervisor = await t.login('supervisor@demo.local');
    agent = await t.login('agente@demo.local');
    outra = await t.login('admin@outra.local');
    org = admin.me.organizationId;
    fx = await serviceFixtures(t, org);
  });
  afterAll(() => t.close());

  it('"Novo atendimento": in progress, protocol issued, served and opened by its creator', async () => {
    const a = await create();
    expect(a).toMatchObject({
      status: 'in_progress',
      assigneeId: supervisor.me.id,
      assigneeName: 'Sérgio Supervisor',
      openedByName: 'Sérgio Supervisor',
    });
    expect(a.protocol).toMatch(/^\d{4}-\d{10}$/);
    expect((await events(a.id)).map((e) => e.type)).toEqual(['created', 'protocol_issued', 'sla_defined']);
    const full = await create(supervisor, {
      description: 'Cliente sem sinal',
      openingClassificationId: fx.classification.id,
      processId: fx.process.id,
      address: { cep: '13010-000', street: 'Rua A', number: '10', district: 'Centro', city: 'Campinas', state: 'SP', condo: 'Jardins' },
    });
    expect(full).toMatchObject({
      description: 'Cliente sem sinal',
      openingClassificationName: 'Urgente (teste)',
      processName: 'Instalação (teste)',
      subprocessName: 'Agendamento (teste)',
    });
    expect(full).toMatchObject({ address: { city: 'Campinas', condo: 'Jardins' }, sla: { policyId: fx.urgentPolicy.id } });
    expect((await events(full.id)).map((e) => e.type)).toEqual([
      'created',
      'protocol_issued',
      'process_forwarded',
      'subprocess_started',
      'sla_defined',
    ]);
  });

  it('edits details; a classification re-applies its SLA policy; foreign ids are refused', async () => {
    const a = await create();
    const res = await act(supervisor, 'PATCH', `/api/attendances/${a.id}/service`, {
      description: 'Sem sinal desde ontem',
      openingClassificationId: fx.classification.id,
      address: { city: 'Campinas', district: 'Centro' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      description: 'Sem sinal desde ontem',
      openingClassificationName: 'Urgente (teste)',
      address: { city: 'Campinas', district: 'Centro' },
    });
    expect(res.json().sla.policyId).toBe(fx.urgentPolicy.id);
    const evs = await events(a.id);
    expect(evs.slice(-3).map((e) => e.type)).toEqual(['description_changed', 'details_changed', 'sla_defined']);
    expect(evs.at(-2)!.data.fields).toEqual(['openingClassificationId', 'address.district', 'address.city']);
    expect(evs.at(-1)!.data).toMatchObject({ policyName: 'Urgente (teste)' });
    const outraCompany = await t.app.platform.tenant.inSystem(async (s) =>
      String(
        rowsOf(
          await s.tx.execute(sql`select c.id from companies c join organizations o on o.id = c.organization_id where o.slug = 'outra' limit 1`),
        )[0]?.id ?? '',
      ),
    );
    const foreign = await act(supervisor, 'PATCH', `/api/attendances/${a.id}/service`, { companyId: outraCompany });
    expect([foreign.statusCode, foreign.json().error.code]).toEqual([404, 'COMPANY_NOT_FOUND']);
    const demoCompany = ((await admin.inject({ url: '/api/companies' })).json().items as { id: string; name: string }[])[0]!;
    const own = await act(supervisor, 'PATCH', `/api/attendances/${a.id}/service`, { companyId: demoCompany.id });
    expect(own.json()).toMatchObject({ companyId: demoCompany.id, companyName: demoCompany.name });
  });

  it('forwards to a process and closes subprocesses: runs with "Fim Previsto" = start + duration, and events', async () => {
    const a = await create();
    const fwd = await act(supervisor, 'POST', `/api/attendances/${a.id}/forward`, {
      processId: fx.process.id,
      comment: 'Encaminhado para instalação',
    });
    expect(fwd.statusCode, fwd.body).toBe(200);
    const s1 = fwd.json() as Service;
    expect(s1).toMatchObject({ processName: 'Instalação (teste)', subprocessName: 'Agendamento (teste)' });
    expect(Date.parse(s1.subprocessDueAt!) - Date.parse(s1.subprocessStartedAt!)).toBe(2 * HOUR);
    const s2 = (await act(supervisor, 'POST', `/api/attendances/${a.id}/subprocess/close`, { comment: 'agendado' })).json() as Service;
    expect(s2.subprocessName).toBe('Execução (teste)');
    expect(s2.subprocessRuns).toHaveLength(2);
    for (const [run, hours] of [
      [s2.subprocessRuns[0]!, 2],
      [s2.subprocessRuns[1]!, 3],
    ] as const)
      expect(Date.parse(run.dueAt) - Date.parse(run.startedAt)).toBe(hours * HOUR);
    expect(s2.subprocessRuns[0]).toMatchObject({ subprocessName: 'Agendamento (teste)', endedByName: 'Sérgio Supervisor' });
    expect(s2.subprocessRuns[0]!.endedAt).not.toBeNull();
    const s3 = (await act(supervisor, 'POST', `/api/attendances/${a.id}/subprocess/close`, { comment: 'feito' })).json() as Service;
    expect(s3).toMatchObject({ processName: 'Instalação (teste)', subprocessName: null, subprocessDueAt: null });
    expect(s3.subprocessRuns.every((r) => r.endedAt)).toBe(true);
    const again = await act(supervisor, 'POST', `/api/attendances/${a.id}/subprocess/close`, {});
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'SUBPROCESS_NOT_OPEN']);
    const empty = await act(supervisor, 'POST', `/api/attendances/${a.id}/forward`, { processId: fx.empty.id, comment: '' });
    expect(empty.json().error.code).toBe('PROCESS_HAS_NO_SUBPROCESS');
    const evs = (await events(a.id)).filter((e) => /process|subprocess/.test(e.type));
    expect(evs.map((e) => [e.type, e.data.subprocessName ?? e.data.processName])).toEqual([
      ['process_forwarded', 'Instalação (teste)'],
      ['subprocess_started', 'Agendamento (teste)'],
      ['subprocess_closed', 'Agendamento (teste)'],
      ['subprocess_started', 'Execução (teste)'],
      ['subprocess_closed', 'Execução (teste)'],
    ]);
    expect(evs[0]!.data.comment).toBe('Encaminhado para instalação');
    expect(evs.every((e) => e.actorId === supervisor.me.id)).toBe(true);
  });

  it('service orders: create, edit, remove, each updating the attendance’s O.S. status', async () => {
    const a = await create();
    const status = async () => ((await supervisor.inject({ url: `/api/attendances/${a.id}/service` })).json() as Service).serviceOrderStatus;
    expect(await status()).toBe('none');
    const first = await act(supervisor, 'POST', `/api/attendances/${a.id}/service-orders`, {
      status: 'unscheduled',
      scheduledAt: null,
      description: 'Trocar roteador',
      address: { city: 'Campinas' },
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ status: 'unscheduled', description: 'Trocar roteador', address: { city: 'Campinas' } });
    const second = await act(supervisor, 'POST', `/api/attendances/${a.id}/service-orders`, {
      status: 'scheduled',
      scheduledAt: '2026-12-01T13:00:00.000Z',
      description: 'Visita',
    });
    expect(await status()).toBe('unscheduled');
    const edited = await act(supervisor, 'PATCH', `/api/service-orders/${first.json().id}`, { status: 'done' });
    expect(edited.json().status).toBe('done');
    expect(await status()).toBe('scheduled');
    expect((await act(supervisor, 'DELETE', `/api/service-orders/${second.json().id}`)).statusCode).toBe(204);
    expect(await status()).toBe('done');
    expect((await act(supervisor, 'DELETE', `/api/service-orders/${first.json().id}`)).statusCode).toBe(204);
    expect(await status()).toBe('none');
    expect((await act(supervisor, 'PATCH', `/api/service-orders/${first.json().id}`, { status: 'done' })).json().error.code).toBe(
      'SERVICE_ORDER_NOT_FOUND',
    );
    const third = await act(supervisor, 'POST', `/api/attendances/${a.id}/service-orders`, { status: 'done', scheduledAt: null, description: '' });
    const list = (await supervisor.inject({ url: `/api/attendances/${a.id}/service-orders` })).json().items as { id: string }[];
    expect(list.map((o) => o.id)).toEqual([third.json().id]);
    const types = (await events(a.id)).filter((e) => e.type.startsWith('service_order')).map((e) => [e.type, e.actorId]);
    expect(types.map(([type]) => type)).toEqual([
      'service_order_created',
      'service_order_created',
      'service_order_updated',
      'service_order_removed',
      'service_order_removed',
      'service_order_created',
      'service_order_viewed',
    ]);
    expect(types.every(([, actor]) => actor === supervisor.me.id)).toBe(true);
  });

  it('"Resgate" and "Liberação": a supervisor takes an agent’s attendance, then releases it', async () => {
    const a = await create(agent);
    expect((await agent.inject({ url: `/api/attendances/${a.id}/service` })).statusCode).toBe(200);
    const taken = await act(supervisor, 'POST', `/api/attendances/${a.id}/take`);
    expect(taken.json()).toMatchObject({ assigneeId: supervisor.me.id, assigneeName: 'Sérgio Supervisor' });
    expect((await agent.inject({ url: `/api/attendances/${a.id}/service` })).statusCode).toBe(404);
    const released = await act(supervisor, 'POST', `/api/attendances/${a.id}/release`);
    expect(released.json()).toMatchObject({ assigneeId: null, assigneeName: null, status: 'in_progress' });
    const evs = (await events(a.id)).filter((e) => ['taken', 'panel_released'].includes(e.type));
    expect(evs.map((e) => [e.type, e.data.userName, e.actorId])).toEqual([
      ['taken', 'Sérgio Supervisor', supervisor.me.id],
      ['panel_released', 'Sérgio Supervisor', supervisor.me.id],
    ]);
  });

  it('"Resgate" of a waiting attendance is the shared assign step: an offer to the taker, told to the visitor and the queue', async () => {
    const a = await create();
    await t.app.platform.tenant.inSystem(async (s) => {
      const [queue] = rowsOf(await s.tx.execute(sql`select id from queues where organization_id = ${org} limit 1`));
      await s.tx.execute(
        sql`update attendances set status = 'waiting', assignee_id = null, assigned_at = null, queue_id = ${queue?.id ?? null}, enqueued_at = now() where id = ${a.id}`,
      );
    });
    const taken = await act(supervisor, 'POST', `/api/attendances/${a.id}/take`);
    expect(taken.json()).toMatchObject({ status: 'assigned', assigneeId: supervisor.me.id });
    const assigned = await t.app.platform.tenant.inSystem(async (s) =>
      rowsOf(
        await s.tx.execute(
          sql`select payload->>'userId' as "userId" from domain_events where type = 'attendance.assigned' and payload->>'attendanceId' = ${a.id}`,
        ),
      ),
    );
    expect(assigned).toEqual([{ userId: supervisor.me.id }]);
    expect((await events(a.id)).filter((e) => ['assigned', 'taken'].includes(e.type)).map((e) => e.type)).toEqual(['assigned', 'taken']);

    // "Liberação" of that unanswered offer puts it back in its queue, for routing to offer again.
    const released = await act(supervisor, 'POST', `/api/attendances/${a.id}/release`);
    expect(released.json()).toMatchObject({ status: 'waiting', assigneeId: null });
    const queued = await t.app.platform.tenant.inSystem(async (s) =>
      rowsOf(await s.tx.execute(sql`select 1 from domain_events where type = 'attendance.queued' and payload->>'attendanceId' = ${a.id}`)),
    );
    expect(queued).toHaveLength(1);
  });

  it('"Reenviar avaliação": only once finished and while unanswered; the contact gets the link again', async () => {
    const a = await create();
    const early = await act(supervisor, 'POST', `/api/attendances/${a.id}/survey/resend`);
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'SURVEY_RESEND_UNAVAILABLE']);
    expect((await act(supervisor, 'POST', `/api/attendances/${a.id}/finalize`, { classification: 'Resolvido', comment: '' })).statusCode).toBe(200);
    expect((await act(supervisor, 'POST', `/api/attendances/${a.id}/survey/resend`)).statusCode).toBe(204);
    const detail = (await supervisor.inject({ url: `/api/attendances/${a.id}` })).json();
    const finishes = (detail.messages as { body: string; authorKind: string }[])
      .filter((m) => m.authorKind === 'system')
      .map((m) => JSON.parse(m.body));
    const links = finishes.filter((m) => m.code === 'finished');
    expect(links).toHaveLength(2);
    expect(links[1]).toEqual(links[0]);
    expect((detail.events as Event[]).at(-1)).toMatchObject({ type: 'survey_resent', actorId: supervisor.me.id });
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/public/surveys/${links[0].surveyToken}`, payload: { rating: 5, comment: 'ótimo' } }))
        .statusCode,
    ).toBe(204);
    expect((await act(supervisor, 'POST', `/api/attendances/${a.id}/survey/resend`)).json().error.code).toBe('SURVEY_RESEND_UNAVAILABLE');
  });

  it('points a finished attendance at the configured closing classification it was finished with', async () => {
    const configured = await create();
    expect(
      (await act(supervisor, 'POST', `/api/attendances/${configured.id}/finalize`, { classification: 'problema RESOLVIDO', comment: '' })).statusCode,
    ).toBe(200);
    await vi.waitFor(async () =>
      expect((await supervisor.inject({ url: `/api/attendances/${configured.id}/service` })).json().closingClassificationName).toBe(
        'Problema resolvido',
      ),
    );
    const free = await create();
    await act(supervisor, 'POST', `/api/attendances/${free.id}/finalize`, { classification: 'Texto livre', comment: '' });
    const attendance = (await supervisor.inject({ url: `/api/attendances/${free.id}/service` })).json();
    expect(attendance.closingClassificationId).toBeNull();
  });

  it('records an attachment download as an interaction of its author', async () => {
    const a = await create();
    const boundary = '----svc';
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="foto.png"\r\nContent-Type: image/png\r\n\r\n`),
      png,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const up = await supervisor.inject({
      method: 'POST',
      url: `/api/attendances/${a.id}/attachments`,
      payload,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(up.statusCode, up.body).toBe(200);
    expect((await admin.inject({ url: `/api/attendances/${a.id}/attachments/${up.json().id}?download=1` })).statusCode).toBe(200);
    expect((await events(a.id)).at(-1)).toMatchObject({ type: 'attachment_downloaded', actorId: admin.me.id, data: { fileName: 'foto.png' } });
  });

  it('refuses Outra’s admin on every route for a Demo attendance (404), and an agent on others’ attendances', async () => {
    const a = await create();
    const order = (
      await act(supervisor, 'POST', `/api/attendances/${a.id}/service-orders`, { status: 'unscheduled', scheduledAt: null, description: 'x' })
    ).json();
    const routes: Array<['GET' | 'POST' | 'PATCH' | 'DELETE', string, object?]> = [
      ['GET', `/api/attendances/${a.id}/service`],
      ['PATCH', `/api/attendances/${a.id}/service`, { description: 'intruso' }],
      ['POST', `/api/attendances/${a.id}/sla/preview`, { unit: 'hours', quantity: 1 }],
      [
        'POST',
        `/api/attendances/${a.id}/sla/increment`,
        { reasonId: fx.reasons.increment.id, observations: '', unit: 'hours', quantity: 1, confirm: true },
      ],
      ['POST', `/api/attendances/${a.id}/sla/pause`, { reasonId: fx.reasons.pause.id, observations: '', confirm: true }],
      ['POST', `/api/attendances/${a.id}/sla/resume`, {}],
      ['GET', `/api/attendances/${a.id}/sla/history`],
      ['POST', `/api/attendances/${a.id}/take`],
      ['POST', `/api/attendances/${a.id}/release`],
      ['POST', `/api/attendances/${a.id}/forward`, { processId: fx.process.id, comment: '' }],
      ['POST', `/api/attendances/${a.id}/subprocess/close`, {}],
      ['GET', `/api/attendances/${a.id}/service-orders`],
      ['POST', `/api/attendances/${a.id}/service-orders`, { status: 'unscheduled', scheduledAt: null, description: '' }],
      ['PATCH', `/api/service-orders/${order.id}`, { description: 'intruso' }],
      ['DELETE', `/api/service-orders/${order.id}`],
      ['POST', `/api/attendances/${a.id}/survey/resend`],
    ];
    const before = (await events(a.id)).length;
    for (const [method, url, payload] of routes) {
      const res = await act(outra, method as 'POST', url, payload);
      expect(res.statusCode, `${method} ${url} ${res.body}`).toBe(404);
    }
    for (const [method, url, payload] of routes.filter(([, url]) => !url.includes('/sla/') || url.endsWith('history'))) {
      const res = await act(agent, method as 'POST', url, payload);
      expect([403, 404], `agent ${method} ${url} ${res.body}`).toContain(res.statusCode);
    }
    expect((await events(a.id)).length).toBe(before);
  });
});
