import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { assignAttendance, openAttendance, storeAttachment } from './index.js';

type Summary = { id: string; personId: string | null; personName: string | null; status: string };

// SPEC ATT-09, PER-04: an agent reads the customer's past attendances (read-only); writes keep their rule.
describe('reading attendances beyond one’s own (ATT-09, PER-04) and the person’s name on summaries', () => {
  let t: TestApp;
  let agentA: Session;
  let agentB: Session;
  let outra: Session;
  let org: string;
  let webchat: { id: string; queueId: string };
  let personId: string;
  let finishedId: string;
  let fileId: string;

  /** A web-chat contact handed straight to an agent (nobody is logged into the channel, so routing leaves it). */
  const served = async (agent: Session, name: string, person: string | null) => {
    const a = await t.app.platform.tenant.inTenant(org, null, async (s) => {
      const opened = await openAttendance(t.app.platform, s, {
        channelId: webchat.id,
        channelType: 'webchat',
        queueId: webchat.queueId,
        contact: { name },
        contactIdentity: `visitor-${crypto.randomUUID()}`,
        personId: person,
        priority: 0,
      });
      return (await assignAttendance(t.app.platform, s, opened.id, agent.me.id, new Date()))!;
    });
    const reply = await agent.inject({ method: 'POST', url: `/api/attendances/${a.id}/messages`, payload: { body: `Olá, ${name}!` } });
    expect(reply.statusCode).toBe(200);
    return a.id;
  };
  const reply = (s: Session, id: string) => s.inject({ method: 'POST', url: `/api/attendances/${id}/messages`, payload: { body: 'posso ajudar?' } });
  const code = (res: { json(): unknown }) => (res.json() as { error?: { code: string } }).error?.code;

  beforeAll(async () => {
    t = await createTestApp();
    agentA = await t.login('agente@demo.local');
    agentB = await t.login('agente2@demo.local');
    outra = await t.login('admin@outra.local');
    org = agentA.me.organizationId;
    webchat = ((await agentA.inject({ url: '/api/channels' })).json().items as { id: string; queueId: string; name: string }[]).find(
      (c) => c.name === 'WebChat',
    )!;
    personId = (await agentB.inject({ method: 'POST', url: '/api/persons', payload: { type: 'PF', name: 'Ana Beatriz Souza' } })).json().id;
    finishedId = await served(agentB, 'Ana (chat)', personId);
    fileId = (
      await t.app.platform.tenant.inTenant(org, agentB.me.id, (s) =>
        storeAttachment(t.app.platform, s, finishedId, 'boleto.pdf', Buffer.from('%PDF-1.4\n%%EOF\n')),
      )
    ).id;
    const fin = await agentB.inject({
      method: 'POST',
      url: `/api/attendances/${finishedId}/finalize`,
      payload: { classification: 'Dúvida resolvida' },
    });
    expect(fin.json()).toMatchObject({ status: 'finished', personId, personName: 'Ana Beatriz Souza' });
  });
  afterAll(() => t.close());

  it('lets any agent read a finished attendance served by another, and nothing more', async () => {
    const detail = await agentA.inject({ url: `/api/attendances/${finishedId}` });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().attendance).toMatchObject({
      id: finishedId,
      assigneeId: agentB.me.id,
      personName: 'Ana Beatriz Souza',
      contact: { name: 'Ana (chat)' },
    });
    expect(detail.json().messages.map((m: { body: string }) => m.body)).toContain('Olá, Ana (chat)!');
    expect(detail.json().events.map((e: { type: string }) => e.type)).toContain('finished');
    expect((await agentA.inject({ url: `/api/attendances/${finishedId}/messages?afterSeq=0` })).statusCode).toBe(200);
    const file = await agentA.inject({ url: `/api/attendances/${finishedId}/attachments/${fileId}` });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');

    const replied = await reply(agentA, finishedId);
    expect([replied.statusCode, code(replied)]).toEqual([409, 'ATT_FINISHED']);
    const finalized = await agentA.inject({ method: 'POST', url: `/api/attendances/${finishedId}/finalize`, payload: { classification: 'x' } });
    expect([finalized.statusCode, code(finalized)]).toEqual([403, 'ATT_NOT_ASSIGNED']);
    const linked = await agentA.inject({ method: 'POST', url: `/api/attendances/${finishedId}/person`, payload: { personId: null } });
    expect([linked.statusCode, code(linked)]).toEqual([403, 'ATT_NOT_ASSIGNED']);
    // It never joins the reader's own lists.
    const history = (await agentA.inject({ url: '/api/attendances?view=history' })).json().items as Summary[];
    expect(history.some((a) => a.id === finishedId)).toBe(false);
  });

  it('records an attachment download only when asked for one (PAN-05), not when a thumbnail loads it', async () => {
    const downloads = async () =>
      ((await agentA.inject({ url: `/api/attendances/${finishedId}` })).json().events as { type: string; actorId: string | null }[]).filter(
        (e) => e.type === 'attachment_downloaded',
      );
    const before = (await downloads()).length;
    expect((await agentA.inject({ url: `/api/attendances/${finishedId}/attachments/${fileId}` })).statusCode).toBe(200);
    expect(await downloads()).toHaveLength(before);
    expect((await agentA.inject({ url: `/api/attendances/${finishedId}/attachments/${fileId}?download=1` })).statusCode).toBe(200);
    const after = await downloads();
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ actorId: agentA.me.id });
  });

  it('keeps someone else’s open attendance without a person hidden (404), for reads and writes', async () => {
    const open = await served(agentB, 'Bruno', null);
    expect((await agentA.inject({ url: `/api/attendances/${open}` })).statusCode).toBe(404);
    expect((await agentA.inject({ url: `/api/attendances/${open}/messages` })).statusCode).toBe(404);
    expect((await reply(agentA, open)).statusCode).toBe(404);
    const own = (await agentB.inject({ url: '/api/attendances' })).json().items as Summary[];
    expect(own.find((a) => a.id === open)).toMatchObject({ personId: null, personName: null });
  });

  it('lets an agent serving a person read that person’s other open attendances, read-only', async () => {
    const other = await served(agentB, 'Ana (outro chat)', personId);
    expect((await agentA.inject({ url: `/api/attendances/${other}` })).statusCode).toBe(404);
    const mine = await served(agentA, 'Ana', personId);
    const detail = await agentA.inject({ url: `/api/attendances/${other}` });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().attendance).toMatchObject({ status: 'in_progress', personName: 'Ana Beatriz Souza' });
    const replied = await reply(agentA, other);
    expect([replied.statusCode, code(replied)]).toEqual([403, 'ATT_NOT_ASSIGNED']);
    const moved = await agentA.inject({ method: 'POST', url: `/api/attendances/${other}/transfer`, payload: { toUserId: agentA.me.id } });
    expect([moved.statusCode, code(moved)]).toEqual([403, 'ATT_NOT_ASSIGNED']);
    // Read marks stay the holder's own.
    expect((await agentA.inject({ method: 'POST', url: `/api/attendances/${other}/read`, payload: { seq: 1 } })).statusCode).toBe(404);

    const active = (await agentA.inject({ url: '/api/attendances' })).json().items as Summary[];
    expect(active.find((a) => a.id === mine)).toMatchObject({ personId, personName: 'Ana Beatriz Souza' });
    const ofPerson = (await agentA.inject({ url: `/api/persons/${personId}/attendances` })).json().items as Summary[];
    expect(ofPerson.map((a) => a.id).sort()).toEqual([finishedId, other, mine].sort());
    expect(new Set(ofPerson.map((a) => a.personName))).toEqual(new Set(['Ana Beatriz Souza']));

    // Once the agent no longer holds an attendance of the person, the open one is out of reach again.
    await agentA.inject({ method: 'POST', url: `/api/attendances/${mine}/person`, payload: { personId: null } });
    expect((await agentA.inject({ url: `/api/attendances/${other}` })).statusCode).toBe(404);
  });

  it('shows another organization nothing (404)', async () => {
    expect((await outra.inject({ url: `/api/attendances/${finishedId}` })).statusCode).toBe(404);
    expect((await outra.inject({ url: `/api/attendances/${finishedId}/messages` })).statusCode).toBe(404);
    expect((await outra.inject({ url: `/api/attendances/${finishedId}/attachments/${fileId}` })).statusCode).toBe(404);
    expect((await reply(outra, finishedId)).statusCode).toBe(404);
  });
});
