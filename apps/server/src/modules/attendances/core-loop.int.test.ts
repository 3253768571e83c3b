import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { openAttendance } from './index.js';
import { rowsOf } from '../../../test/rows.js';

type Summary = { id: string; status: string; protocol: string | null; assigneeId: string | null; unread: number; rating: number | null };

// SPEC ATT-01…ATT-10 without the widget: a channel adapter opens attendances through the module's index.
describe('the core loop: queue → offer → reply → protocol → finalize → survey', () => {
  let t: TestApp;
  let agent: Session;
  let agent2: Session;
  let org: string;
  let webchat: { id: string; queueId: string };

  const inbound = (name: string) =>
    t.app.platform.tenant.inTenant(org, null, (s) =>
      openAttendance(t.app.platform, s, {
        channelId: webchat.id,
        channelType: 'webchat',
        queueId: webchat.queueId,
        contact: { name },
        contactIdentity: `visitor-${name}`,
        personId: null,
        priority: 0,
      }),
    );
  const active = async (s: Session) => (await s.inject({ url: '/api/attendances' })).json().items as Summary[];

  beforeAll(async () => {
    t = await createTestApp();
    agent = await t.login('agente@demo.local');
    agent2 = await t.login('agente2@demo.local');
    org = agent.me.organizationId;
    webchat = ((await agent.inject({ url: '/api/channels' })).json().items as { id: string; queueId: string; name: string }[]).find(
      (c) => c.name === 'WebChat',
    )!;
  });
  afterAll(() => t.close());

  it('waits in the queue while nobody is online, and is offered when an agent logs in', async () => {
    const a = await inbound('Maria');
    const detail = (await (await t.login('supervisor@demo.local')).inject({ url: `/api/attendances/${a.id}` })).json();
    expect(detail.attendance.status).toBe('waiting');
    expect(detail.queuePosition).toBe(1);
    await agent.inject({ method: 'POST', url: '/api/presence/me/login', payload: { kind: 'chat_channel', targetId: webchat.id } });
    await expect.poll(async () => (await active(agent)).map((x) => x.id), { timeout: 10_000 }).toEqual([a.id]);
    expect((await active(agent))[0]).toMatchObject({ status: 'assigned', protocol: null });
  });

  it('issues the protocol at the agent’s first reply, tells the contact, and notes stay internal', async () => {
    const [a] = await active(agent);
    const note = await agent.inject({ method: 'POST', url: `/api/attendances/${a!.id}/messages`, payload: { body: 'cliente VIP', internal: true } });
    expect(note.json().internal).toBe(true);
    expect((await active(agent))[0]!.protocol).toBeNull();
    const reply = await agent.inject({
      method: 'POST',
      url: `/api/attendances/${a!.id}/messages`,
      payload: { body: 'Olá, Maria!', clientId: 'client-msg-0001' },
    });
    expect(reply.statusCode).toBe(200);
    const again = await agent.inject({
      method: 'POST',
      url: `/api/attendances/${a!.id}/messages`,
      payload: { body: 'Olá, Maria!', clientId: 'client-msg-0001' },
    });
    expect(again.json().id).toBe(reply.json().id);
    const detail = (await agent.inject({ url: `/api/attendances/${a!.id}` })).json();
    expect(detail.attendance.status).toBe('in_progress');
    expect(detail.attendance.protocol).toMatch(/^\d{4}-\d{10}$/);
    expect(detail.messages.map((m: { seq: number; authorKind: string; internal: boolean }) => [m.seq, m.authorKind, m.internal])).toEqual([
      [1, 'agent', true],
      [2, 'system', false],
      [3, 'agent', false],
    ]);
    expect(JSON.parse(detail.messages[1].body)).toEqual({ code: 'protocol', protocol: detail.attendance.protocol });
    expect(detail.events.map((e: { type: string }) => e.type)).toEqual(['created', 'assigned', 'protocol_issued', 'started']);
    const missed = (await agent.inject({ url: `/api/attendances/${a!.id}/messages?afterSeq=2` })).json().items;
    expect(missed.map((m: { seq: number }) => m.seq)).toEqual([3]);
  });

  it('refuses other agents and other organizations', async () => {
    const [a] = await active(agent);
    expect((await agent2.inject({ url: `/api/attendances/${a!.id}` })).statusCode).toBe(404);
    expect((await agent2.inject({ method: 'POST', url: `/api/attendances/${a!.id}/messages`, payload: { body: 'oi' } })).statusCode).toBe(404);
    const outra = await t.login('admin@outra.local');
    expect((await outra.inject({ url: `/api/attendances/${a!.id}` })).statusCode).toBe(404);
  });

  it('blocks logout while in progress; finalize → summary, survey once, history newest first', async () => {
    const [a] = await active(agent);
    expect((await agent.inject({ method: 'POST', url: '/api/auth/logout' })).json().error.code).toBe('PRESENCE_LOGOUT_BLOCKED');
    const fin = await agent.inject({
      method: 'POST',
      url: `/api/attendances/${a!.id}/finalize`,
      payload: { classification: 'Dúvida resolvida', comment: 'ok' },
    });
    expect(fin.json()).toMatchObject({ status: 'finished', closingClassification: 'Dúvida resolvida' });
    expect(
      (await agent.inject({ method: 'POST', url: `/api/attendances/${a!.id}/finalize`, payload: { classification: 'x' } })).json().error.code,
    ).toBe('ATT_FINISHED');
    const detail = (await agent.inject({ url: `/api/attendances/${a!.id}` })).json();
    const last = JSON.parse(detail.messages.at(-1).body);
    expect(last).toMatchObject({ code: 'finished', protocol: detail.attendance.protocol });
    const survey = await t.app.inject({ url: `/api/public/surveys/${last.surveyToken}` });
    expect(survey.json()).toEqual({ organizationName: 'Demo', protocol: detail.attendance.protocol, answered: false, rating: null });
    expect((await t.app.inject({ method: 'POST', url: `/api/public/surveys/${last.surveyToken}`, payload: { rating: 6 } })).statusCode).toBe(400);
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/public/surveys/${last.surveyToken}`, payload: { rating: 5, comment: 'Ótimo' } })).statusCode,
    ).toBe(204);
    expect((await t.app.inject({ method: 'POST', url: `/api/public/surveys/${last.surveyToken}`, payload: { rating: 1 } })).json().error.code).toBe(
      'SURVEY_ALREADY_ANSWERED',
    );
    expect((await t.app.inject({ url: '/api/public/surveys/nao-existe-este-token-aqui' })).statusCode).toBe(404);
    const history = (await agent.inject({ url: '/api/attendances?view=history' })).json().items as Summary[];
    expect(history[0]).toMatchObject({ id: a!.id, rating: 5, status: 'finished' });
  });

  it('transfers to another agent or back to a queue, with the comment kept', async () => {
    await agent2.inject({ method: 'POST', url: '/api/presence/me/login', payload: { kind: 'chat_channel', targetId: webchat.id } });
    const b = await inbound('João');
    await expect.poll(async () => [...(await active(agent)), ...(await active(agent2))].some((x) => x.id === b.id), { timeout: 10_000 }).toBe(true);
    const holder = (await active(agent)).some((x) => x.id === b.id) ? agent : agent2;
    const other = holder === agent ? agent2 : agent;
    const moved = await holder.inject({
      method: 'POST',
      url: `/api/attendances/${b.id}/transfer`,
      payload: { toUserId: other.me.id, comment: 'Assunto financeiro' },
    });
    expect(moved.json().assigneeId).toBe(other.me.id);
    const events = (await other.inject({ url: `/api/attendances/${b.id}` })).json().events as { type: string; data: { comment?: string } }[];
    expect(events.at(-1)).toMatchObject({ type: 'transferred', data: { comment: 'Assunto financeiro' } });
    const both = await other.inject({
      method: 'POST',
      url: `/api/attendances/${b.id}/transfer`,
      payload: { toUserId: holder.me.id, toQueueId: webchat.queueId },
    });
    expect(both.statusCode).toBe(400);
  });
});

describe('protocols under concurrency (ATT-01)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('issues 1,000 concurrent protocols gap-free and unique, and restarts the sequence each year', async () => {
    const { issueProtocolForTest } = await import('../../../test/fixtures/attendances.js');
    const org = await t.orgId('demo');
    const at = new Date('2026-12-31T23:59:00-03:00');
    const protocols = await Promise.all(Array.from({ length: 1000 }, () => issueProtocolForTest(t.app.platform, org, at)));
    const numbers = protocols.map((p) => Number(p.split('-')[1])).sort((a, b) => a - b);
    expect(new Set(protocols).size).toBe(1000);
    expect(numbers[0]).toBe(1);
    expect(numbers[999]).toBe(1000);
    expect(protocols.every((p) => p.startsWith('2026-'))).toBe(true);
    expect(await issueProtocolForTest(t.app.platform, org, new Date('2027-01-01T00:00:01-03:00'))).toBe('2027-0000000001');
    expect(await issueProtocolForTest(t.app.platform, await t.orgId('outra'), at)).toBe('2026-0000000001');
    const stored = rowsOf(await t.database.db.execute(sql`select count(*)::int as n from attendances where protocol like '2026-%'`));
    expect(stored[0]!.n).toBe(1001);
  }, 120_000); // 1,000 transactions: seconds alone, much longer with both cores busy
});

describe('manual start, linking a person, person history (ATT-04, PER-03, PER-04)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('starts by hand only with the permission, links a person, and lists the person’s attendances', async () => {
    const allowed = await t.login('agente@demo.local'); // seeded with "Pode iniciar atendimento"
    const denied = await t.login('agente2@demo.local');
    expect((await denied.inject({ method: 'POST', url: '/api/attendances', payload: {} })).json().error.code).toBe('ATT_START_FORBIDDEN');
    const person = await allowed.inject({
      method: 'POST',
      url: '/api/persons',
      payload: { type: 'PF', name: 'José da Silva', document: '529.982.247-25' },
    });
    const started = await allowed.inject({ method: 'POST', url: '/api/attendances', payload: { personId: person.json().id } });
    expect(started.statusCode).toBe(201);
    expect(started.json()).toMatchObject({
      status: 'in_progress',
      channelType: 'manual',
      personId: person.json().id,
      personName: 'José da Silva',
      assigneeId: allowed.me.id,
    });
    expect(started.json().protocol).toMatch(/^\d{4}-\d{10}$/);
    const unlinked = await allowed.inject({ method: 'POST', url: `/api/attendances/${started.json().id}/person`, payload: { personId: null } });
    expect(unlinked.json()).toMatchObject({ personId: null, personName: null });
    const relinked = await allowed.inject({
      method: 'POST',
      url: `/api/attendances/${started.json().id}/person`,
      payload: { personId: person.json().id },
    });
    expect(relinked.json().personId).toBe(person.json().id);
    const history = (await denied.inject({ url: `/api/persons/${person.json().id}/attendances` })).json().items;
    expect(history.map((a: { id: string; personName: string }) => [a.id, a.personName])).toEqual([[started.json().id, 'José da Silva']]);
    const events = (await allowed.inject({ url: `/api/attendances/${started.json().id}` })).json().events.map((e: { type: string }) => e.type);
    expect(events).toEqual(['created', 'protocol_issued', 'person_unlinked', 'person_linked']);
    expect(
      (
        await allowed.inject({ method: 'POST', url: `/api/attendances/${started.json().id}/person`, payload: { personId: crypto.randomUUID() } })
      ).json().error.code,
    ).toBe('PERSON_NOT_FOUND');
  });
});
