import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/test-app.js';
import { ctiRouteCommand } from './cti-route.command.js';

type Route = { callId: string; action: 'dial' | 'wait' | 'reject' | 'none'; extension: string | null; ringSeconds: number; retrySeconds: number };
type Call = { id: string; state: string; agentId: string | null; abandoned: boolean; cause: string | null };

// SPEC VOX-01 with a PBX (VOX-06b): Kamailio asks Atende whom a queue call rings at. The demo's
// "Ramal" of agente@ is 2001, of agente2@ 2002; both are members of the voice queue "Suporte".
describe('voice: the PBX asks Atende whom to ring (POST /api/voice/cti/:token/route)', () => {
  let t: TestApp;
  let admin: Session;
  let alice: Session;
  let bruno: Session;
  let supervisor: Session;
  let suporte: string;
  let seq = 0;
  const ext: Record<string, string> = {};

  const route = (payload: object, token = 'demo-cti-token') => t.app.inject({ method: 'POST', url: `/api/voice/cti/${token}/route`, payload });
  const ask = async (payload: object) => {
    const res = await route(payload);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Route;
  };
  const cti = (payload: object) => t.app.inject({ method: 'POST', url: '/api/voice/cti/demo-cti-token', payload });
  const post = (s: Session, path: string, payload?: object) => s.inject({ method: 'POST', url: path, ...(payload ? { payload } : {}) });
  const call = async (id: string) => (await supervisor.inject({ url: `/api/voice/calls/${id}` })).json() as Call;
  const events = async (id: string) =>
    ((await supervisor.inject({ url: `/api/voice/calls/${id}/events` })).json().items as { type: string }[]).map((e) => e.type);
  const newCallId = () => `kamailio-${Date.now()}-${++seq}`;
  const incoming = (callId: string, extra: object = {}) => ({ callId, from: '11955550000', to: '2000', queue: 'Suporte', ...extra });
  const login = (s: Session) => post(s, '/api/presence/me/login', { kind: 'voice_queue', targetId: suporte });
  const logout = (s: Session) => post(s, '/api/presence/me/logout', { kind: 'voice_queue', targetId: suporte });
  const hangup = (callId: string) => cti({ event: 'hangup', direction: 'in', callId });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@demo.local');
    alice = await t.login('agente@demo.local');
    bruno = await t.login('agente2@demo.local');
    supervisor = await t.login('supervisor@demo.local');
    ext[alice.me.id] = '2001';
    ext[bruno.me.id] = '2002';
    const queues = (await admin.inject({ url: '/api/queues' })).json().items as { id: string; name: string }[];
    suporte = queues.find((q) => q.name === 'Suporte')!.id;
    const res = await admin.inject({ method: 'PUT', url: '/api/voice/settings', payload: { ringTimeoutSeconds: 25, maxWaitSeconds: 60 } });
    expect(res.json()).toMatchObject({ ringTimeoutSeconds: 25, maxWaitSeconds: 60 });
  });
  afterAll(() => t.close());

  it('refuses an unknown token, an unknown queue and a body without callId with coded errors', async () => {
    const unknown = await route(incoming('x'), 'no-such-token');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('VOICE_CTI_TOKEN_UNKNOWN');
    const queue = await route(incoming(newCallId(), { queue: 'Nenhuma' }));
    expect(queue.statusCode).toBe(404);
    expect(queue.json().error.code).toBe('VOICE_QUEUE_NOT_FOUND');
    expect((await route({ from: '1' })).statusCode).toBe(400);
  });

  it('dials the agent the queue’s policy picks, marked ringing at them; a repeated ask changes nothing; the next call goes to the other agent', async () => {
    await login(alice);
    await login(bruno);
    await t.settle();
    const first = newCallId();
    const a = await ask(incoming(first));
    expect(a).toMatchObject({ action: 'dial', ringSeconds: 25 });
    const rung = (await call(a.callId)).agentId!;
    expect([alice.me.id, bruno.me.id]).toContain(rung);
    expect(a.extension).toBe(ext[rung]);
    // Kamailio's retransmitted ask: same agent, no new ring.
    const again = await ask(incoming(first));
    expect(again).toMatchObject({ callId: a.callId, action: 'dial', extension: a.extension });
    expect((await events(a.callId)).filter((e) => e === 'ringing')).toHaveLength(1);
    await hangup(first);
    await t.settle();
    // The agent rung last was assigned most recently: the policy picks the other one.
    const second = newCallId();
    const b = await ask(incoming(second));
    expect(b.action).toBe('dial');
    expect(b.extension).not.toBe(a.extension);
    expect((await call(b.callId)).agentId).not.toBe(rung);
    await hangup(second);
    await t.settle();
  });

  it('a missed ring moves to the next agent; after the answer another ask changes nothing', async () => {
    const pbxId = newCallId();
    const first = await ask(incoming(pbxId));
    expect(first.action).toBe('dial');
    const next = await ask(incoming(pbxId, { missed: first.extension }));
    expect(next.action).toBe('dial');
    expect(next.extension).not.toBe(first.extension);
    expect(await events(first.callId)).toEqual(expect.arrayContaining(['ringing', 'ring_missed']));
    const answerer = (await call(first.callId)).agentId!;
    expect(ext[answerer]).toBe(next.extension);
    // The first agent pressed "Atender" as their ring ran out: told why, and the call stays ringing at the next one.
    const late = await post(answerer === alice.me.id ? bruno : alice, `/api/voice/calls/${first.callId}/answer`);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('CALL_RING_ENDED');
    expect(await call(first.callId)).toMatchObject({ state: 'ringing', agentId: answerer });

    await cti({ event: 'answer', direction: 'in', callId: pbxId, user: next.extension });
    const before = await events(first.callId);
    // Whatever the ask says, the call stays with the agent who answered (it names them).
    expect(await ask(incoming(pbxId, { missed: next.extension }))).toMatchObject({ action: 'dial', extension: next.extension });
    expect(await call(first.callId)).toMatchObject({ state: 'answered', agentId: answerer });
    expect(await events(first.callId)).toEqual(before);
    await hangup(pbxId);
    await t.settle();
  });

  it('skips paused agents and agents on a call; nobody free: wait, then the agent who is free again is dialled', async () => {
    // Bruno is on an outbound call; Alice pauses.
    const busy = newCallId();
    await cti({ event: 'newCall', direction: 'out', from: '2002', to: '1133334444', callId: busy, user: '2002' });
    await cti({ event: 'answer', direction: 'out', callId: busy, user: '2002' });
    const reasons = (await alice.inject({ url: '/api/pause-reasons' })).json().items as { id: string }[];
    expect((await post(alice, '/api/presence/me/voice/pause', { reasonId: reasons[0]!.id })).statusCode).toBe(200);
    await t.settle();

    const pbxId = newCallId();
    const waiting = await ask(incoming(pbxId));
    expect(waiting).toMatchObject({ action: 'wait', extension: null });
    expect(waiting.retrySeconds).toBeGreaterThan(0);
    expect((await call(waiting.callId)).agentId).toBeNull();

    // Alice is back: the next ask dials her (Bruno is still on his call).
    await post(alice, '/api/presence/me/voice/resume');
    await t.settle();
    expect(await ask(incoming(pbxId))).toMatchObject({ action: 'dial', extension: '2001' });

    // Alice pauses while her phone rings: the ring is hers no more and the call waits again.
    await post(alice, '/api/presence/me/voice/pause', { reasonId: reasons[0]!.id });
    expect(await ask(incoming(pbxId))).toMatchObject({ action: 'wait', extension: null });
    expect((await call(waiting.callId)).agentId).toBeNull();
    expect(await events(waiting.callId)).toContain('ring_missed');

    // The caller gives up while waiting: an abandoned call.
    await hangup(pbxId);
    expect(await call(waiting.callId)).toMatchObject({ state: 'ended', abandoned: true });
    expect(await ask(incoming(pbxId))).toMatchObject({ action: 'reject' });
    await post(alice, '/api/presence/me/voice/resume');
    await cti({ event: 'hangup', direction: 'out', callId: busy });
    await t.settle();
  });

  it('after the maximum wait the call is refused, counted abandoned, and leaves a call-back task when enabled', async () => {
    await logout(alice);
    await logout(bruno);
    await admin.inject({ method: 'PUT', url: '/api/voice/settings', payload: { callbackOnAbandon: true } });
    await t.settle();
    const pbxId = newCallId();
    const start = new Date();
    const first = await ctiRouteCommand(t.app.platform, 'demo-cti-token', incoming(pbxId, { from: '11944443333' }), start);
    expect(first.action).toBe('wait');
    // Asked again past the organization's maximum wait (60 s here).
    const late = await ctiRouteCommand(
      t.app.platform,
      'demo-cti-token',
      incoming(pbxId, { from: '11944443333' }),
      new Date(start.getTime() + 61_000),
    );
    expect(late).toMatchObject({ action: 'reject', extension: null });
    expect(await call(first.callId)).toMatchObject({ state: 'ended', abandoned: true, cause: 'no_agent' });
    const tasks = (await supervisor.inject({ url: '/api/voice/callbacks?status=open' })).json().items as { callId: string; number: string }[];
    expect(tasks.find((x) => x.callId === first.callId)?.number).toBe('11944443333');
    await admin.inject({ method: 'PUT', url: '/api/voice/settings', payload: { callbackOnAbandon: false } });
  });

  it('keeps organizations apart: the same PBX callId under another organization’s token is that organization’s call', async () => {
    const pbxId = newCallId();
    await login(alice);
    const mine = await ask(incoming(pbxId));
    const other = await t.login('admin@outra.local');
    const token = (await other.inject({ url: '/api/voice/settings' })).json().ctiToken as string;
    const theirs = await route({ callId: pbxId, from: '11955550000', to: '2000' }, token);
    expect(theirs.statusCode, theirs.body).toBe(200);
    expect(theirs.json().callId).not.toBe(mine.callId);
    // Nobody of theirs can be rung: never an agent of this organization.
    expect(theirs.json().extension).not.toBe('2001');
    expect((await supervisor.inject({ url: `/api/voice/calls/${theirs.json().callId}` })).statusCode).toBe(404);
    await hangup(pbxId);
  });
});
