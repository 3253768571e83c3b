import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nextEvent, socketFor } from '../../../test/sockets.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { attendanceEvents, attendances } from '../../db/schema/attendances.js';
import { callRecordings } from '../../db/schema/voice.js';
import { createOutboundFetch } from '../../platform/http/outbound-fetch.js';
import { startBuiltinCall, sweepExpiredRecordings } from './index.js';

type Call = {
  id: string;
  attendanceId: string;
  protocol: string | null;
  state: string;
  abandoned: boolean;
  agentId: string | null;
  callerName: string | null;
  personId: string | null;
  durationSeconds: number;
  held: boolean;
  muted: boolean;
  ivr: Record<string, string>;
};
type Ringing = { call: Call; from: string; waitingSince: string };

// A small "recording" the PBX serves: bytes the test can compare after Atende stored them.
const AUDIO = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(4093, 7)]);

describe('voice: CTI, ringing, agent actions and recordings (SPEC VOX-01…VOX-07)', () => {
  let t: TestApp;
  let url: string;
  let pbx: Server;
  let pbxUrl: string;
  const dialRequests: { method: string; url: string; body: string }[] = [];
  let admin: Session;
  let alice: Session;
  let bruno: Session;
  let supervisor: Session;
  let suporte: string;
  const sockets: Socket[] = [];
  let seq = 0;

  const cti = (payload: object, token = 'demo-cti-token') => t.app.inject({ method: 'POST', url: `/api/voice/cti/${token}`, payload });
  const post = (s: Session, path: string, payload?: object) => s.inject({ method: 'POST', url: path, ...(payload ? { payload } : {}) });
  const newCallId = () => `pbx-${Date.now()}-${++seq}`;
  const login = (s: Session, targetId: string) => post(s, '/api/presence/me/login', { kind: 'voice_queue', targetId });
  const logout = (s: Session, targetId: string) => post(s, '/api/presence/me/logout', { kind: 'voice_queue', targetId });
  const socket = async (s: Session) => {
    const sock = socketFor(url, s.cookie);
    sockets.push(sock);
    await nextEvent(sock, 'connect');
    return sock;
  };
  const call = async (s: Session, id: string) => (await s.inject({ url: `/api/voice/calls/${id}` })).json() as Call;
  const timeline = async (attendanceId: string) =>
    (await t.database.db.select().from(attendanceEvents).where(eq(attendanceEvents.attendanceId, attendanceId))).map((e) => e.type);

  beforeAll(async () => {
    t = await createTestApp({ config: { allowPrivateTargets: true } });
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    pbx = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        if (req.url?.startsWith('/dial')) {
          dialRequests.push({ method: req.method!, url: req.url, body });
          return void res.writeHead(202).end();
        }
        if (req.url === '/missing.mp3') return void res.writeHead(404).end();
        res.writeHead(200, { 'content-type': 'audio/mpeg', 'content-length': AUDIO.length }).end(AUDIO);
      });
    });
    await new Promise<void>((resolve) => pbx.listen(0, '127.0.0.1', resolve));
    pbxUrl = `http://127.0.0.1:${(pbx.address() as AddressInfo).port}`;
    admin = await t.login('admin@demo.local');
    alice = await t.login('agente@demo.local');
    bruno = await t.login('agente2@demo.local');
    supervisor = await t.login('supervisor@demo.local');
    const queues = (await admin.inject({ url: '/api/queues' })).json().items as { id: string; name: string }[];
    suporte = queues.find((q) => q.name === 'Suporte')!.id;
    // Short rings keep the missed-ring test quick (the setting's minimum).
    const res = await admin.inject({ method: 'PUT', url: '/api/voice/settings', payload: { ringTimeoutSeconds: 1 } });
    expect(res.statusCode, res.body).toBe(200);
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await new Promise((resolve) => pbx.close(resolve));
    await t.close();
  });

  it('refuses an unknown CTI token with a coded 404', async () => {
    const res = await cti({ event: 'newCall', direction: 'in', from: '11987654321', to: '4000', callId: 'x' }, 'no-such-token');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('VOICE_CTI_TOKEN_UNKNOWN');
  });

  it('shows the demo settings and SIP credentials: CTI token, ring timeout, the agent’s Ramal and password', async () => {
    expect((await admin.inject({ url: '/api/voice/settings' })).json()).toMatchObject({
      ctiToken: 'demo-cti-token',
      ringTimeoutSeconds: 1,
      recordingRetentionDays: 90,
      callbackOnAbandon: false,
    });
    expect((await alice.inject({ url: '/api/voice/settings' })).statusCode).toBe(403);
    expect((await alice.inject({ url: '/api/voice/sip' })).json()).toMatchObject({ extension: '2001', password: 'demo1234', wsUrl: null });
    const view = await admin.inject({ url: `/api/users/${alice.me.id}/sip` });
    expect(view.json()).toEqual({ userId: alice.me.id, extension: '2001', hasPassword: true });
    expect(JSON.stringify(view.json())).not.toContain('demo1234');
    // Admins set a SIP password (write-only) and clear it; agents may not.
    expect((await alice.inject({ method: 'PUT', url: `/api/users/${bruno.me.id}/sip`, payload: { password: 'x-1234' } })).statusCode).toBe(403);
    const set = await admin.inject({ method: 'PUT', url: `/api/users/${bruno.me.id}/sip`, payload: { password: 'novo-sip-123' } });
    expect(set.json()).toEqual({ userId: bruno.me.id, extension: '2002', hasPassword: true });
    expect((await bruno.inject({ url: '/api/voice/sip' })).json()).toMatchObject({ extension: '2002', password: 'novo-sip-123', wsUrl: null });
    const cleared = await admin.inject({ method: 'PUT', url: `/api/users/${bruno.me.id}/sip`, payload: { password: null } });
    expect(cleared.json().hasPassword).toBe(false);
  });

  it('newCall → answer → hangup: an attendance with the person found by number, protocol at answer, recording fetched and stored', async () => {
    const person = await alice.inject({
      method: 'POST',
      url: '/api/persons',
      payload: { type: 'PF', name: 'José da Conceição', phones: ['(11) 98765-4321'] },
    });
    expect(person.statusCode, person.body).toBe(201);
    await login(alice, suporte);
    const tab = await socket(alice);
    const ringing = nextEvent<Ringing>(tab, 'voice.ringing');
    const callId = newCallId();
    const created = await cti({ event: 'newCall', direction: 'in', from: '11987654321', to: '4000', callId, queue: 'Suporte', ivr: { opcao: '2' } });
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json()).toMatchObject({ state: 'ringing', changed: true });
    const rang = await ringing;
    expect(rang.from).toBe('11987654321');
    expect(rang.call).toMatchObject({ agentId: alice.me.id, callerName: 'José da Conceição', ivr: { opcao: '2' }, protocol: null });
    expect(rang.call.personId).toBe(person.json().id);

    const answeredPush = nextEvent<{ call: Call }>(tab, 'voice.answered');
    const answered = await cti({ event: 'answer', direction: 'in', callId, user: '2001' });
    expect(answered.json()).toMatchObject({ state: 'answered', changed: true });
    const live = (await answeredPush).call;
    expect(live.protocol).toMatch(/^\d{4}-\d{10}$/);
    const [att] = await t.database.db.select().from(attendances).where(eq(attendances.id, live.attendanceId));
    expect(att).toMatchObject({
      status: 'in_progress',
      assigneeId: alice.me.id,
      channelType: 'voice',
      protocol: live.protocol,
      personId: person.json().id,
    });

    const endedPush = nextEvent<{ call: Call }>(tab, 'voice.ended');
    expect((await cti({ event: 'hangup', direction: 'in', callId, cause: 'normalClearing' })).json()).toMatchObject({
      state: 'ended',
      changed: true,
    });
    expect((await endedPush).call).toMatchObject({ state: 'ended', abandoned: false });
    expect((await cti({ event: 'recording', callId, recordingUrl: `${pbxUrl}/rec.mp3` })).json().changed).toBe(true);

    const item = await vi.waitFor(
      async () => {
        const page = (await supervisor.inject({ url: '/api/recordings?q=jose' })).json();
        expect(page.total).toBe(1);
        return page.items[0];
      },
      { timeout: 15_000, interval: 100 },
    );
    expect(item).toMatchObject({
      attendanceId: live.attendanceId,
      protocol: live.protocol,
      callerName: 'José da Conceição',
      personId: person.json().id,
      from: '11987654321',
    });
    // Alice took the call: she sees it; Bruno did not.
    expect((await alice.inject({ url: '/api/recordings' })).json().total).toBe(1);
    expect((await bruno.inject({ url: '/api/recordings' })).json().total).toBe(0);

    const full = await alice.inject({ url: `/api/recordings/${item.id}/audio` });
    expect(full.statusCode).toBe(200);
    expect(full.headers['accept-ranges']).toBe('bytes');
    expect(full.rawPayload.equals(AUDIO)).toBe(true);
    const part = await alice.inject({ url: `/api/recordings/${item.id}/audio`, headers: { range: 'bytes=100-199' } });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 100-199/${AUDIO.length}`);
    expect(part.rawPayload.equals(AUDIO.subarray(100, 200))).toBe(true);
    const bad = await alice.inject({ url: `/api/recordings/${item.id}/audio`, headers: { range: `bytes=${AUDIO.length}-` } });
    expect(bad.statusCode).toBe(416);
    expect(bad.headers['content-range']).toBe(`bytes */${AUDIO.length}`);
    expect(bad.json().error.code).toBe('RECORDING_RANGE_INVALID');
    // Downloads are for supervisors and admins.
    expect((await alice.inject({ url: `/api/recordings/${item.id}/audio?download=1` })).statusCode).toBe(403);
    const download = await supervisor.inject({ url: `/api/recordings/${item.id}/audio?download=1` });
    expect(download.headers['content-disposition']).toMatch(/^attachment/);
    // Plays and downloads are audited on the attendance; a seek (range not from 0) is not a new play.
    const types = await timeline(live.attendanceId);
    expect(types.filter((x) => x === 'recording_played')).toHaveLength(1);
    expect(types.filter((x) => x === 'recording_downloaded')).toHaveLength(1);
    expect(types).toContain('recording_stored');

    // Histórico: today's calls, newest first, with number, duration and protocol.
    const history = (await alice.inject({ url: '/api/voice/calls' })).json().items as Call[];
    expect(history[0]).toMatchObject({ id: live.id, protocol: live.protocol, state: 'ended' });
    expect((await alice.inject({ url: '/api/voice/calls?date=2001-01-01' })).json().items).toEqual([]);
    await logout(alice, suporte);
  });

  it('repeated and out-of-order events change nothing: a second newCall, answer after hang-up, a second recording', async () => {
    const callId = newCallId();
    // The hang-up arrives before anything else: the call is created and ends abandoned.
    const first = await cti({ event: 'hangup', direction: 'in', from: '11911112222', to: '4000', callId, queue: 'Suporte' });
    expect(first.json()).toMatchObject({ state: 'ended', changed: true });
    const again = await cti({ event: 'newCall', direction: 'in', from: '11911112222', to: '4000', callId, queue: 'Suporte' });
    expect(again.json()).toMatchObject({ callId: first.json().callId, state: 'ended', changed: false });
    const late = await cti({ event: 'answer', direction: 'in', callId, user: '2001' });
    expect(late.json()).toMatchObject({ state: 'ended', changed: false });
    expect((await cti({ event: 'hangup', direction: 'in', callId })).json().changed).toBe(false);
    const c = await call(supervisor, first.json().callId);
    expect(c).toMatchObject({ state: 'ended', abandoned: true, protocol: null, agentId: null });
    // Its attendance closed without a protocol (issued only at answer, ATT-01).
    const [att] = await t.database.db.select().from(attendances).where(eq(attendances.id, c.attendanceId));
    expect(att).toMatchObject({ status: 'finished', protocol: null });
    expect((await cti({ event: 'recording', callId, recordingUrl: `${pbxUrl}/a.mp3` })).json().changed).toBe(true);
    expect((await cti({ event: 'recording', callId, recordingUrl: `${pbxUrl}/b.mp3` })).json().changed).toBe(false);
    const rows = await t.database.db.select().from(callRecordings).where(eq(callRecordings.callId, c.id));
    expect(rows.map((r) => r.sourceUrl)).toEqual([`${pbxUrl}/a.mp3`]);
  });

  it('a private recording URL is refused when the guard is on', async () => {
    const guarded = t.app.platform.outboundFetch;
    t.app.platform.outboundFetch = createOutboundFetch({ allowPrivateTargets: false });
    try {
      const callId = newCallId();
      const res = await cti({ event: 'recording', direction: 'in', from: '11933334444', to: '4000', callId, recordingUrl: `${pbxUrl}/private.mp3` });
      const id = res.json().callId as string;
      const row = await vi.waitFor(
        async () => {
          const [r] = await t.database.db
            .select()
            .from(callRecordings)
            .where(and(eq(callRecordings.callId, id), eq(callRecordings.status, 'failed')));
          expect(r).toBeDefined();
          return r!;
        },
        { timeout: 15_000, interval: 100 },
      );
      expect(row).toMatchObject({ lastError: 'TARGET_NOT_ALLOWED', storageKey: null });
      expect((await supervisor.inject({ url: '/api/recordings?q=11933334444' })).json().total).toBe(0);
      await cti({ event: 'hangup', direction: 'in', callId });
    } finally {
      t.app.platform.outboundFetch = guarded;
    }
  });

  it('rings only agents online, not paused and not on a call; a missed ring moves to the next agent', async () => {
    const aliceTab = await socket(alice);
    const brunoTab = await socket(bruno);
    await login(alice, suporte);
    await login(bruno, suporte);
    // Bruno is on a call already (an outbound one he dialled): the new call rings Alice.
    const busy = newCallId();
    await cti({ event: 'newCall', direction: 'out', from: '2002', to: '1133334444', callId: busy, user: '2002' });
    await cti({ event: 'answer', direction: 'out', callId: busy, user: '2002' });
    const aliceRings = nextEvent<Ringing>(aliceTab, 'voice.ringing');
    const first = newCallId();
    await cti({ event: 'newCall', direction: 'in', from: '11955556666', to: '4000', callId: first, queue: 'Suporte' });
    expect((await aliceRings).call.agentId).toBe(alice.me.id);
    // Alice answers; Bruno hangs up his call and is free again.
    const ringingNow = (await alice.inject({ url: '/api/voice/calls/ringing' })).json().items as Call[];
    expect(ringingNow).toHaveLength(1);
    const answered = await post(alice, `/api/voice/calls/${ringingNow[0]!.id}/answer`);
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json().protocol).toMatch(/^\d{4}-\d{10}$/);
    await cti({ event: 'hangup', direction: 'out', callId: busy });
    await t.settle();

    // Both free again: the next call rings one of them, who lets it ring out.
    await post(alice, `/api/voice/calls/${ringingNow[0]!.id}/hangup`);
    await t.settle();
    const rings = [nextEvent<Ringing>(aliceTab, 'voice.ringing'), nextEvent<Ringing>(brunoTab, 'voice.ringing')] as const;
    const created = await cti({ event: 'newCall', direction: 'in', from: '11977778888', to: '4000', callId: newCallId(), queue: 'Suporte' });
    const firstRing = await Promise.race(rings);
    const aliceFirst = firstRing.call.agentId === alice.me.id;
    const [missedBy, missedTab, nextAgent] = aliceFirst ? [alice, aliceTab, bruno] : [bruno, brunoTab, alice];
    const stopped = nextEvent<{ call: Call }>(missedTab, 'voice.ended');
    // Nobody answers within the ring timeout: the call moves to the other agent, and stops ringing at the first.
    const moved = await (aliceFirst ? rings[1] : rings[0]);
    expect(moved.call).toMatchObject({ id: created.json().callId, agentId: nextAgent.me.id });
    expect((await stopped).call.id).toBe(created.json().callId);
    const tooLate = await post(missedBy, `/api/voice/calls/${created.json().callId}/answer`);
    // The agent saw the call ring: told that its ring ended here (not a bare "not found").
    expect(tooLate.statusCode).toBe(409);
    expect(tooLate.json().error.code).toBe('CALL_RING_ENDED');
    expect((await post(nextAgent, `/api/voice/calls/${created.json().callId}/answer`)).statusCode).toBe(200);
    const events = (await supervisor.inject({ url: `/api/voice/calls/${created.json().callId}/events` })).json().items as { type: string }[];
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['ringing', 'ring_missed', 'answered']));
    await post(nextAgent, `/api/voice/calls/${created.json().callId}/hangup`);

    // A paused agent is not rung either.
    await t.settle();
    await logout(bruno, suporte);
    const reasons = (await alice.inject({ url: '/api/pause-reasons' })).json().items as { id: string }[];
    expect((await post(alice, '/api/presence/me/voice/pause', { reasonId: reasons[0]!.id })).statusCode).toBe(200);
    const thirdPbxId = newCallId();
    const third = await cti({ event: 'newCall', direction: 'in', from: '11999990000', to: '4000', callId: thirdPbxId, queue: 'Suporte' });
    await t.settle();
    expect((await call(supervisor, third.json().callId)).agentId).toBeNull();
    const rung = nextEvent<Ringing>(aliceTab, 'voice.ringing');
    await post(alice, '/api/presence/me/voice/resume');
    expect((await rung).call.id).toBe(third.json().callId);
    await cti({ event: 'hangup', callId: thirdPbxId, direction: 'in' });
    await t.settle();
    await logout(alice, suporte);
  });

  it('agent actions: hold, mute, keypad, transfer; others’ calls are not found; abandoned calls leave a call-back task', async () => {
    await admin.inject({ method: 'PUT', url: '/api/voice/settings', payload: { callbackOnAbandon: true } });
    const callId = newCallId();
    const out = await cti({ event: 'newCall', direction: 'out', from: '2001', to: '1144445555', callId, user: 'agente@demo.local' });
    await cti({ event: 'answer', direction: 'out', callId });
    const id = out.json().callId as string;
    expect((await post(alice, `/api/voice/calls/${id}/hold`)).json()).toMatchObject({ held: true });
    expect((await post(alice, `/api/voice/calls/${id}/unhold`)).json()).toMatchObject({ held: false });
    expect((await post(alice, `/api/voice/calls/${id}/mute`, { muted: true })).json()).toMatchObject({ muted: true });
    expect((await post(alice, `/api/voice/calls/${id}/dtmf`, { digits: '12#' })).statusCode).toBe(200);
    expect((await post(alice, `/api/voice/calls/${id}/dtmf`, { digits: 'xyz' })).statusCode).toBe(400);
    expect((await post(bruno, `/api/voice/calls/${id}/hold`)).json().error.code).toBe('CALL_NOT_FOUND');
    const moved = await post(alice, `/api/voice/calls/${id}/transfer`, { toUserId: bruno.me.id });
    expect(moved.json()).toMatchObject({ agentId: bruno.me.id, state: 'answered' });
    const ended = await post(bruno, `/api/voice/calls/${id}/hangup`);
    expect(ended.json()).toMatchObject({ state: 'ended', abandoned: false });
    expect((await post(bruno, `/api/voice/calls/${id}/hold`)).json().error.code).toBe('CALL_ENDED');
    const events = (await supervisor.inject({ url: `/api/voice/calls/${id}/events` })).json().items as { type: string; data: { digits?: string } }[];
    expect(events.find((e) => e.type === 'dtmf')?.data.digits).toBe('12#');

    const droppedPbxId = newCallId();
    const dropped = await cti({ event: 'newCall', direction: 'in', from: '11922223333', to: '4000', callId: droppedPbxId, queue: 'Suporte' });
    await cti({ event: 'hangup', direction: 'in', callId: droppedPbxId });
    const tasks = (await supervisor.inject({ url: '/api/voice/callbacks?status=open' })).json().items as {
      id: string;
      number: string;
      callId: string;
    }[];
    const task = tasks.find((x) => x.callId === dropped.json().callId)!;
    expect(task.number).toBe('11922223333');
    expect((await post(supervisor, `/api/voice/callbacks/${task.id}/done`)).json().status).toBe('done');
    await admin.inject({ method: 'PUT', url: '/api/voice/settings', payload: { callbackOnAbandon: false } });
  });

  it('click-to-dial: the softphone dials without a template; with one, the PBX is asked to originate', async () => {
    expect((await post(alice, '/api/voice/calls', { to: '11987654321' })).json()).toEqual({ dial: 'softphone', to: '11987654321' });
    await admin.inject({
      method: 'PUT',
      url: '/api/voice/settings',
      payload: { clickToDialUrl: `${pbxUrl}/dial?to={to}&ext={extension}`, clickToDialMethod: 'GET' },
    });
    expect((await post(alice, '/api/voice/calls', { to: '11987654321' })).json()).toEqual({ dial: 'pbx', to: '11987654321' });
    expect(dialRequests.at(-1)).toMatchObject({ method: 'GET', url: '/dial?to=11987654321&ext=2001' });
    await admin.inject({ method: 'PUT', url: '/api/voice/settings', payload: { clickToDialUrl: null } });
  });

  it('a built-in call (VOX-06a) enters like a PBX call: rings the queue’s agent, protocol at answer', async () => {
    const tab = await socket(alice);
    await login(alice, suporte);
    const rung = nextEvent<Ringing>(tab, 'voice.ringing');
    const demo = await t.orgId('demo');
    const started = await t.app.platform.tenant.inTenant(demo, null, (s) =>
      startBuiltinCall(t.app.platform, s, { from: 'visitante-1', queueId: suporte }),
    );
    expect((await rung).call).toMatchObject({ id: started!.id, provider: 'builtin', agentId: alice.me.id });
    expect((await post(alice, `/api/voice/calls/${started!.id}/answer`)).json().protocol).toMatch(/^\d{4}-\d{10}$/);
    expect((await post(alice, `/api/voice/calls/${started!.id}/hangup`)).json()).toMatchObject({ state: 'ended', abandoned: false });
    await t.settle();
    await logout(alice, suporte);
  });

  it('keeps organizations apart: another organization’s token, calls and recordings', async () => {
    const other = await t.login('admin@outra.local');
    const settings = (await other.inject({ url: '/api/voice/settings' })).json();
    expect(settings.ctiToken).not.toBe('demo-cti-token');
    const demoCall = (await supervisor.inject({ url: '/api/voice/calls' })).json().items[0] as Call;
    expect((await other.inject({ url: `/api/voice/calls/${demoCall.id}` })).statusCode).toBe(404);
    expect((await other.inject({ method: 'POST', url: `/api/voice/calls/${demoCall.id}/hangup` })).statusCode).toBe(404);
    expect((await other.inject({ url: '/api/voice/calls' })).json().items).toEqual([]);
    expect((await other.inject({ url: '/api/recordings' })).json().total).toBe(0);
    const demoRecording = (await supervisor.inject({ url: '/api/recordings' })).json().items[0] as { id: string };
    expect((await other.inject({ url: `/api/recordings/${demoRecording.id}/audio` })).statusCode).toBe(404);
    // The same PBX callId under the other token is another organization's call.
    const theirs = await cti({ event: 'newCall', direction: 'in', from: '11900000000', to: '1', callId: 'shared-id' }, settings.ctiToken);
    const ours = await cti({ event: 'newCall', direction: 'in', from: '11900000000', to: '1', callId: 'shared-id' });
    expect(theirs.json().callId).not.toBe(ours.json().callId);
    expect((await supervisor.inject({ url: `/api/voice/calls/${theirs.json().callId}` })).statusCode).toBe(404);
  });

  it('deletes recordings older than the organization’s retention (90 days by default), blob and row', async () => {
    const before = (await supervisor.inject({ url: '/api/recordings' })).json();
    expect(before.total).toBeGreaterThan(0);
    expect(await sweepExpiredRecordings(t.app.platform, new Date(Date.now() + 89 * 86_400_000))).toBe(0);
    expect(await sweepExpiredRecordings(t.app.platform, new Date(Date.now() + 91 * 86_400_000))).toBeGreaterThanOrEqual(before.total);
    expect((await supervisor.inject({ url: '/api/recordings' })).json().total).toBe(0);
    expect((await supervisor.inject({ url: `/api/recordings/${before.items[0].id}/audio` })).statusCode).toBe(404);
  });
});
