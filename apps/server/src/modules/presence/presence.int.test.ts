import { sql } from 'drizzle-orm';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextEvent, socketFor } from '../../../test/sockets.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { rowsOf, type Row } from '../../../test/rows.js';

type Snapshot = {
  voice: {
    online: boolean;
    paused: boolean;
    logged: number;
    total: number;
    targets: { id: string; name: string; state: string; reasonName: string | null; since: string | null; direction: string | null }[];
  };
  chat: {
    online: boolean;
    paused: boolean;
    logged: number;
    total: number;
    targets: { id: string; name: string; state: string; reasonName: string | null; queueName: string }[];
  };
};

describe('presence (SPEC WS-03…WS-07)', () => {
  let t: TestApp;
  let agent: Session;
  let supervisor: Session;
  let reasons: Record<string, string>;
  let url: string;
  const sockets: Socket[] = [];

  const me = async (s: Session = agent) => (await s.inject({ url: '/api/presence/me' })).json() as Snapshot;
  const post = (s: Session, path: string, payload?: object) => s.inject({ method: 'POST', url: path, ...(payload ? { payload } : {}) });
  const target = async (name: string) => [...(await me()).voice.targets, ...(await me()).chat.targets].find((x) => x.name === name)!;

  beforeAll(async () => {
    t = await createTestApp({ config: { presenceGraceSeconds: 60 } });
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    agent = await t.login('agente@demo.local');
    supervisor = await t.login('supervisor@demo.local');
    const list = (await agent.inject({ url: '/api/pause-reasons' })).json().items as { id: string; name: string }[];
    reasons = Object.fromEntries(list.map((r) => [r.name, r.id]));
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t.close();
  });

  it('starts Offline with the agent’s queues and channels listed (WS-03, WS-04)', async () => {
    const snap = await me();
    expect(snap.voice).toMatchObject({ online: false, logged: 0, total: 2 });
    expect(snap.voice.targets.map((v) => [v.name, v.direction, v.state])).toEqual([
      ['Suporte', 'inbound', 'offline'],
      ['Vendas', 'outbound', 'offline'],
    ]);
    expect(snap.chat.targets.map((c) => [c.name, c.queueName])).toEqual([
      ['Telegram', 'Atendimento'],
      ['WebChat', 'Atendimento'],
      ['WhatsApp', 'Atendimento'],
    ]);
  });

  it('logs into a voice queue: Online 1/2, and a second tab hears it live', async () => {
    const tab2 = socketFor(url, agent.cookie);
    sockets.push(tab2);
    await nextEvent(tab2, 'connect');
    const pushed = nextEvent<Snapshot>(tab2, 'presence.snapshot');
    const res = await post(agent, '/api/presence/me/login', { kind: 'voice_queue', targetId: (await target('Suporte')).id });
    expect(res.statusCode).toBe(200);
    expect(res.json().voice).toMatchObject({ online: true, logged: 1, total: 2 });
    const live = (await pushed) as Snapshot & { change?: unknown };
    expect(live.voice).toMatchObject({ online: true, logged: 1 });
    expect(live.change).toEqual({ cause: 'self', actorId: agent.me.id, actorName: 'Alice Agente' });
  });

  it('pauses every voice queue with a reason and resumes them all (WS-05)', async () => {
    await post(agent, '/api/presence/me/login', { kind: 'voice_queue', targetId: (await target('Vendas')).id });
    const bad = await post(agent, '/api/presence/me/voice/pause', { reasonId: crypto.randomUUID() });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('PRESENCE_REASON_REQUIRED');
    const paused = (await post(agent, '/api/presence/me/voice/pause', { reasonId: reasons['Almoço'] })).json() as Snapshot;
    expect(paused.voice.targets.map((v) => [v.state, v.reasonName])).toEqual([
      ['paused', 'Almoço'],
      ['paused', 'Almoço'],
    ]);
    expect(paused.voice.paused).toBe(true);
    const resumed = (await post(agent, '/api/presence/me/voice/resume')).json() as Snapshot;
    expect(resumed.voice.targets.every((v) => v.state === 'online')).toBe(true);
  });

  it('pausing one chat channel pauses the other channel of the same queue (WS-06)', async () => {
    const webchat = await target('WebChat');
    const whatsapp = await target('WhatsApp');
    await post(agent, '/api/presence/me/login', { kind: 'chat_channel', targetId: webchat.id });
    await post(agent, '/api/presence/me/login', { kind: 'chat_channel', targetId: whatsapp.id });
    const snap = (await post(agent, `/api/presence/me/chat/${webchat.id}/pause`, { reasonId: reasons['Banheiro'] })).json() as Snapshot;
    expect(snap.chat.targets.map((c) => [c.name, c.state, c.reasonName])).toEqual([
      // Not logged in Telegram: nothing to pause there.
      ['Telegram', 'offline', null],
      ['WebChat', 'paused', 'Banheiro'],
      ['WhatsApp', 'paused', 'Banheiro'],
    ]);
    const back = (await post(agent, `/api/presence/me/chat/${whatsapp.id}/resume`)).json() as Snapshot;
    expect(back.chat.targets.map((c) => c.state)).toEqual(['offline', 'online', 'online']);
  });

  it('keeps one open interval per target under concurrent logins', async () => {
    const a2 = await t.login('agente2@demo.local');
    const suporte = (await me(a2)).voice.targets.find((v) => v.name === 'Suporte')!;
    const results = await Promise.all(
      Array.from({ length: 8 }, () => post(a2, '/api/presence/me/login', { kind: 'voice_queue', targetId: suporte.id })),
    );
    expect(results.every((r) => r.statusCode === 200)).toBe(true);
    const open = rowsOf(
      await t.database.db.execute(sql`select count(*)::int as n from presence_intervals where user_id = ${a2.me.id} and ended_at is null`),
    );
    expect(open[0]!.n).toBe(1);
  });

  it('shows supervisors every agent; agents may not see it', async () => {
    expect((await agent.inject({ url: '/api/presence/agents' })).statusCode).toBe(403);
    const rows = (await supervisor.inject({ url: '/api/presence/agents' })).json().items as (Snapshot & { email: string; connected: boolean })[];
    const alice = rows.find((r) => r.email === 'agente@demo.local')!;
    expect(alice.voice).toMatchObject({ online: true, logged: 2 });
    expect(alice.chat).toMatchObject({ online: true, logged: 2 });
    expect(alice.connected).toBe(true);
  });

  it('lets a supervisor force a pause and a logout, pushed live and recorded as done by them', async () => {
    const sup = socketFor(url, supervisor.cookie);
    sockets.push(sup);
    await nextEvent(sup, 'connect');
    const live = nextEvent<{ email: string; voice: Snapshot['voice'] }>(sup, 'presence.agent');
    const paused = await post(supervisor, `/api/presence/agents/${agent.me.id}/pause`, { kind: 'voice', reasonId: reasons['Treinamento'] });
    expect(paused.statusCode).toBe(200);
    const pushed = await live;
    expect(pushed.email).toBe('agente@demo.local');
    expect(pushed.voice.targets.every((v) => v.state === 'paused' && v.reasonName === 'Treinamento')).toBe(true);

    const vendas = await target('Vendas');
    const out = await post(supervisor, `/api/presence/agents/${agent.me.id}/logout`, { kind: 'voice_queue', targetId: vendas.id });
    expect(out.json().voice).toMatchObject({ logged: 1 });

    const from = new Date(Date.now() - 3600_000).toISOString();
    const to = new Date(Date.now() + 60_000).toISOString();
    const intervals = (await supervisor.inject({ url: `/api/presence/intervals?userId=${agent.me.id}&from=${from}&to=${to}` })).json().items as Row[];
    const forced = intervals.find((i) => i.targetId === vendas.id && i.endCause === 'supervisor')!;
    expect(forced.endedBy).toBe(supervisor.me.id);
    const forcedPause = intervals.filter((i) => i.state === 'paused' && i.startedBy === supervisor.me.id);
    expect(forcedPause.length).toBeGreaterThanOrEqual(1);
    expect(intervals.every((i) => typeof i.seconds === 'number' && (i.seconds as number) >= 0)).toBe(true);
    const outra = await t.login('admin@outra.local');
    expect((await post(outra, `/api/presence/agents/${agent.me.id}/logout`, {})).statusCode).toBe(404);
  });

  it('refuses platform logout while an attendance is in progress, with the seed’s message (WS-02)', async () => {
    const orgId = agent.me.organizationId;
    const [row] = rowsOf(
      await t.database.db.execute(
        sql`insert into attendances (organization_id, status, assignee_id) values (${orgId}, 'in_progress', ${agent.me.id}) returning id`,
      ),
    );
    const refused = await post(agent, '/api/auth/logout');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toEqual({
      code: 'PRESENCE_LOGOUT_BLOCKED',
      message: 'Você não pode fazer logout enquanto houver atendimentos em andamento. Finalize-os para sair da aplicação.',
    });
    expect((await agent.inject({ url: '/api/auth/me' })).statusCode).toBe(200);
    expect((await me()).chat.online).toBe(true);

    await t.database.db.execute(sql`update attendances set status = 'finished', finished_at = now() where id = ${row!.id}`);
    expect((await post(agent, '/api/auth/logout')).statusCode).toBe(200);
    // Everything still open at logout (Suporte, paused by the supervisor, and both chat channels) closes at that instant.
    const closed = rowsOf(
      await t.database.db.execute(
        sql`select end_cause from presence_intervals where user_id = ${agent.me.id} and ended_at = (select max(ended_at) from presence_intervals where user_id = ${agent.me.id})`,
      ),
    );
    expect(closed.map((r) => r.end_cause)).toEqual(['logout', 'logout', 'logout']);
    const still = rowsOf(
      await t.database.db.execute(sql`select count(*)::int as n from presence_intervals where user_id = ${agent.me.id} and ended_at is null`),
    );
    expect(still[0]!.n).toBe(0);
  });

  it('logs out, after the grace period, an agent whose every connection is gone (item 9)', async () => {
    const a2 = await t.login('agente2@demo.local');
    const fresh = await t.login('agente@demo.local');
    await post(fresh, '/api/presence/me/login', { kind: 'voice_queue', targetId: (await me(fresh)).voice.targets[0]!.id });
    const now = new Date(Date.now() + 30_000);
    // agente2 was last seen 2 minutes before "now"; agente was seen just now.
    await t.database.db.execute(
      sql`update presence_heartbeats set last_seen_at = ${new Date(now.getTime() - 120_000).toISOString()} where user_id = ${a2.me.id}`,
    );
    await t.database.db.execute(sql`update presence_heartbeats set last_seen_at = ${now.toISOString()} where user_id = ${fresh.me.id}`);
    const loggedOut = await t.app.presenceSweeper.sweep(now);
    expect(loggedOut).toEqual([a2.me.id]);
    expect((await me(a2)).voice.online).toBe(false);
    expect((await me(fresh)).voice.online).toBe(true);
    const [last] = rowsOf(
      await t.database.db.execute(sql`select end_cause, ended_by from presence_intervals where user_id = ${a2.me.id} order by ended_at desc limit 1`),
    );
    expect(last).toEqual({ end_cause: 'grace', ended_by: null });
    expect(await t.app.presenceSweeper.sweep(now)).toEqual([]);
  });
});
