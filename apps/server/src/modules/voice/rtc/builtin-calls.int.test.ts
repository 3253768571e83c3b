import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserPeer, until } from '../../../../test/rtc-peer.js';
import { nextEvent, socketFor } from '../../../../test/sockets.js';
import { createTestApp, type Session, type TestApp } from '../../../../test/test-app.js';
import { callRecordings } from '../../../db/schema/voice.js';

// SPEC VOX-01…VOX-04, VOX-06 (a): a built-in call end to end against the real server. Two werift
// peers stand in for the visitor's and the agent's browsers; the server relays and records.

type Started = { callId: string; sdp: string } | { error: { code: string } };
type CallPush = { call: { id: string; state: string; agentId: string | null; attendanceId: string } };

/** The length of an audio file, as ffprobe reads it. */
async function audioSeconds(bytes: Buffer): Promise<number> {
  const dir = await mkdtemp(path.join(tmpdir(), 'atende-rec-test-'));
  try {
    const file = path.join(dir, 'call.ogg');
    await writeFile(file, bytes);
    const out = await new Promise<string>((resolve, reject) =>
      execFile('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file], (err, stdout) =>
        err ? reject(err) : resolve(stdout),
      ),
    );
    return Number(out.trim());
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('built-in calls (SPEC VOX-06 a)', () => {
  let t: TestApp;
  let url: string;
  let alice: Session;
  let bruno: Session;
  let token: string;
  let suporte: string;
  const sockets: Socket[] = [];
  const peers: { close(): Promise<void> }[] = [];

  const widget = (path: string, visitor?: string, payload?: object) =>
    t.app.inject({
      method: 'POST',
      url: `/api/widget/${token}${path}`,
      headers: visitor ? { 'x-visitor-token': visitor } : {},
      payload: payload ?? {},
    });
  const visitorSocket = async (visitorToken: string) => {
    const s = connect(`${url}/widget`, {
      transports: ['websocket'],
      auth: { channelToken: token, visitorToken },
      reconnection: false,
      forceNew: true,
    });
    sockets.push(s);
    await nextEvent(s, 'connect');
    return s;
  };
  const peer = async () => {
    const p = await browserPeer();
    peers.push(p);
    return p;
  };

  beforeAll(async () => {
    t = await createTestApp();
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    alice = await t.login('agente@demo.local');
    bruno = await t.login('agente2@demo.local');
    token = ((await alice.inject({ url: '/api/channels' })).json().items as { token: string; name: string }[]).find(
      (c) => c.name === 'WebChat',
    )!.token;
    suporte = ((await alice.inject({ url: '/api/queues' })).json().items as { id: string; name: string }[]).find((q) => q.name === 'Suporte')!.id;
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await Promise.all(peers.map((p) => p.close()));
    await t.close();
  });

  it('rings a visitor’s call, relays audio both ways once answered and stores the recording on hang-up', async () => {
    const session = (await widget('/session')).json();
    expect(session.channel.voice).toEqual({ iceServers: [] }); // "Ligar" is offered on this channel
    const visitorToken: string = session.visitorToken;
    expect((await widget('/conversations', visitorToken, { name: 'Paula Visitante' })).statusCode).toBe(200);
    expect(
      (await alice.inject({ method: 'POST', url: '/api/presence/me/login', payload: { kind: 'voice_queue', targetId: suporte } })).statusCode,
    ).toBe(200);
    const agentSocket = socketFor(url, alice.cookie);
    sockets.push(agentSocket);
    await nextEvent(agentSocket, 'connect');

    // "Ligar": the visitor's offer; Atende answers and the call rings the queue's agent.
    const visitor = await peer();
    const vs = await visitorSocket(visitorToken);
    const rung = nextEvent<{ call: { id: string; provider: string; from: string; attendanceId: string } }>(agentSocket, 'voice.ringing');
    const started = (await vs.emitWithAck('call.start', { sdp: visitor.offer })) as Started;
    if ('error' in started) throw new Error(started.error.code);
    await visitor.answer(started.sdp);
    const { call } = await rung;
    expect(call).toMatchObject({ id: started.callId, provider: 'builtin', from: 'Paula Visitante' });
    const attendance = (await alice.inject({ url: `/api/attendances/${call.attendanceId}` })).json();
    // A voice attendance (origin "Telefônico", PAN-02) named after the visitor.
    expect(attendance.attendance).toMatchObject({ channelType: 'voice', contact: { name: 'Paula Visitante' } });

    // "Atender", then the agent's browser joins; the visitor's widget hears of the answer.
    const answeredPush = nextEvent<{ callId: string }>(vs, 'call.answered');
    expect((await alice.inject({ method: 'POST', url: `/api/voice/calls/${call.id}/answer` })).json().protocol).toMatch(/^\d{4}-\d{10}$/);
    expect((await answeredPush).callId).toBe(call.id);
    const agent = await peer();
    const joined = (await agentSocket.emitWithAck('voice.rtc.join', { callId: call.id, sdp: agent.offer })) as { sdp: string };
    expect(joined.sdp).toContain('a=candidate');
    await agent.answer(joined.sdp);
    await until(() => agent.heard() > 25 && visitor.heard() > 25, 'audio relayed both ways');

    // The visitor hangs up: both sides hear it; the call lasted its talk time and its recording is stored.
    const endedPush = nextEvent(vs, 'call.ended');
    const agentEnded = nextEvent<{ call: { state: string; durationSeconds: number } }>(agentSocket, 'voice.ended');
    vs.emit('call.hangup', call.id);
    await endedPush;
    expect((await agentEnded).call.state).toBe('ended');
    await until(
      async () => (await t.database.db.select().from(callRecordings).where(eq(callRecordings.callId, call.id)))[0]?.status === 'stored',
      'the recording',
    );
    const [rec] = await t.database.db.select().from(callRecordings).where(eq(callRecordings.callId, call.id));
    expect(rec).toMatchObject({ contentType: 'audio/ogg', attendanceId: call.attendanceId });
    expect(rec!.size).toBeGreaterThan(0);
    const audio = await alice.inject({ url: `/api/recordings/${rec!.id}/audio`, headers: { range: 'bytes=0-3' } });
    expect(audio.statusCode).toBe(206);
    expect(audio.rawPayload.toString('latin1')).toBe('OggS');
    const listed = (await alice.inject({ url: '/api/recordings' })).json().items as { id: string; durationSeconds: number }[];
    expect(listed.find((r) => r.id === rec!.id)?.durationSeconds).toBeGreaterThanOrEqual(0);
    await alice.inject({ method: 'POST', url: '/api/presence/me/logout', payload: { kind: 'voice_queue', targetId: suporte } });
  });

  /** A visitor's call answered by Alice, her leg and the visitor's bridged. */
  async function answeredByAlice(name: string) {
    const session = (await widget('/session')).json();
    const visitorToken: string = session.visitorToken;
    expect((await widget('/conversations', visitorToken, { name })).statusCode).toBe(200);
    const login = (s: Session) => s.inject({ method: 'POST', url: '/api/presence/me/login', payload: { kind: 'voice_queue', targetId: suporte } });
    expect((await login(alice)).statusCode).toBe(200);
    const aliceSocket = socketFor(url, alice.cookie);
    sockets.push(aliceSocket);
    await nextEvent(aliceSocket, 'connect');
    const visitor = await peer();
    const vs = await visitorSocket(visitorToken);
    const rung = nextEvent<CallPush>(aliceSocket, 'voice.ringing');
    const started = (await vs.emitWithAck('call.start', { sdp: visitor.offer })) as Started;
    if ('error' in started) throw new Error(started.error.code);
    await visitor.answer(started.sdp);
    const { call } = await rung;
    expect((await alice.inject({ method: 'POST', url: `/api/voice/calls/${call.id}/answer` })).statusCode).toBe(200);
    const agentA = await peer();
    const joined = (await aliceSocket.emitWithAck('voice.rtc.join', { callId: call.id, sdp: agentA.offer })) as { sdp: string };
    await agentA.answer(joined.sdp);
    await until(() => agentA.heard() > 25 && visitor.heard() > 25, 'audio between the visitor and Alice');
    const logout = async () => {
      for (const s of [alice, bruno])
        await s.inject({ method: 'POST', url: '/api/presence/me/logout', payload: { kind: 'voice_queue', targetId: suporte } });
    };
    return { call, visitor, vs, aliceSocket, agentA, logout };
  }

  it('a transfer to an agent closes the first agent’s leg, rings the target and bridges their leg to the same caller; one recording covers both', async () => {
    const { call, visitor, vs, aliceSocket, agentA, logout } = await answeredByAlice('Rita Transferida');
    const brunoSocket = socketFor(url, bruno.cookie);
    sockets.push(brunoSocket);
    await nextEvent(brunoSocket, 'connect');

    // "Transferir" to Bruno: the call leaves Alice ("Transferida" on her card) and rings at Bruno.
    const left = nextEvent<CallPush>(aliceSocket, 'voice.ended');
    const ringsAtBruno = nextEvent<CallPush>(brunoSocket, 'voice.ringing');
    const moved = await alice.inject({ method: 'POST', url: `/api/voice/calls/${call.id}/transfer`, payload: { toUserId: bruno.me.id } });
    expect(moved.json()).toMatchObject({ state: 'ringing', agentId: bruno.me.id });
    expect((await left).call).toMatchObject({ id: call.id, agentId: bruno.me.id });
    expect((await ringsAtBruno).call.id).toBe(call.id);
    // Alice's leg is closed: neither she nor the visitor (waiting in silence) hears anything more.
    await until(() => agentA.silentFor(1000) && visitor.silentFor(1000), 'the first agent’s leg to close');
    // Alice may no longer join the call she gave away.
    const again = await peer();
    expect(await aliceSocket.emitWithAck('voice.rtc.join', { callId: call.id, sdp: again.offer })).toEqual({ error: { code: 'CALL_NOT_ANSWERED' } });

    // Bruno answers: his new leg is bridged to the visitor's, which never changed.
    expect((await bruno.inject({ method: 'POST', url: `/api/voice/calls/${call.id}/answer` })).json()).toMatchObject({
      state: 'answered',
      agentId: bruno.me.id,
    });
    const agentB = await peer();
    const joined = (await brunoSocket.emitWithAck('voice.rtc.join', { callId: call.id, sdp: agentB.offer })) as { sdp: string };
    await agentB.answer(joined.sdp);
    const visitorHeard = visitor.heard();
    await until(() => agentB.heard() > 50 && visitor.heard() > visitorHeard + 50, 'audio between the visitor and Bruno');
    const aliceHeard = agentA.heard();
    await until(() => agentB.heard() > 100, 'more audio to Bruno');
    expect(agentA.heard()).toBe(aliceHeard);
    // The visitor's stream went on from Alice's voice to Bruno's without a jump a browser would drop.
    expect(visitor.seqJump()).toBeLessThan(100);

    // The visitor hangs up: one recording, from the first answer (Alice's) to the hang-up.
    const endedPush = nextEvent(vs, 'call.ended');
    vs.emit('call.hangup', call.id);
    await endedPush;
    await until(
      async () => (await t.database.db.select().from(callRecordings).where(eq(callRecordings.callId, call.id)))[0]?.status === 'stored',
      'the recording',
    );
    const [rec] = await t.database.db.select().from(callRecordings).where(eq(callRecordings.callId, call.id));
    const audio = await bruno.inject({ url: `/api/recordings/${rec!.id}/audio` });
    expect(audio.statusCode).toBe(200);
    const events = (await bruno.inject({ url: `/api/voice/calls/${call.id}/events` })).json().items as {
      type: string;
      data: Record<string, unknown>;
      createdAt: string;
    }[];
    const at = (type: string) => Date.parse(events.find((e) => e.type === type)!.createdAt);
    expect(events.find((e) => e.type === 'transferred')?.data).toMatchObject({ fromUserId: alice.me.id, toUserId: bruno.me.id });
    // The call's talk time runs from Alice's answer, through the transfer, to the hang-up.
    const ended = (await bruno.inject({ url: `/api/voice/calls/${call.id}` })).json() as { answeredAt: string; endedAt: string };
    const [answeredAt, endedAt] = [Date.parse(ended.answeredAt), Date.parse(ended.endedAt)];
    expect(answeredAt).toBeLessThan(at('transferred'));
    expect(Math.abs((await audioSeconds(audio.rawPayload)) - (endedAt - answeredAt) / 1000)).toBeLessThan(1);
    await logout();
  });

  it('a target who never answers sends the call back to its queue; a transfer to a queue rings its agents and bridges whoever answers', async () => {
    const admin = await t.login('admin@demo.local');
    const ringFor = (ringTimeoutSeconds: number) => admin.inject({ method: 'PUT', url: '/api/voice/settings', payload: { ringTimeoutSeconds } });
    const { call, visitor, aliceSocket, agentA, logout } = await answeredByAlice('Caio Fila');
    const brunoSocket = socketFor(url, bruno.cookie);
    sockets.push(brunoSocket);
    await nextEvent(brunoSocket, 'connect');
    const answer = (s: Session) =>
      until(async () => (await s.inject({ method: 'POST', url: `/api/voice/calls/${call.id}/answer` })).statusCode === 200, 'the answer');
    const join = async (s: Socket) => {
      const p = await peer();
      const joined = (await s.emitWithAck('voice.rtc.join', { callId: call.id, sdp: p.offer })) as { sdp: string };
      await p.answer(joined.sdp);
      const before = visitor.heard();
      await until(() => p.heard() > 25 && visitor.heard() > before + 25, 'audio on the new leg');
      return p;
    };

    // To Bruno, who is not in the queue and lets it ring out: the queue's rules ring it again (Alice).
    expect((await ringFor(2)).statusCode).toBe(200);
    const ringsAgain = nextEvent<CallPush>(aliceSocket, 'voice.ringing');
    const moved = await alice.inject({ method: 'POST', url: `/api/voice/calls/${call.id}/transfer`, payload: { toUserId: bruno.me.id } });
    expect(moved.json()).toMatchObject({ state: 'ringing', agentId: bruno.me.id });
    await until(() => agentA.silentFor(1000), 'the first leg to close');
    expect((await ringsAgain).call).toMatchObject({ id: call.id, agentId: alice.me.id });
    await ringFor(30);
    await answer(alice);
    const agentA2 = await join(aliceSocket);

    // To the queue, where Bruno is now logged in: it rings at him, not at Alice who passed it on.
    expect(
      (await bruno.inject({ method: 'POST', url: '/api/presence/me/login', payload: { kind: 'voice_queue', targetId: suporte } })).statusCode,
    ).toBe(200);
    const left = nextEvent<CallPush>(aliceSocket, 'voice.ended');
    const ringsAtBruno = nextEvent<CallPush>(brunoSocket, 'voice.ringing');
    const queued = await alice.inject({ method: 'POST', url: `/api/voice/calls/${call.id}/transfer`, payload: { toQueueId: suporte } });
    expect(queued.json()).toMatchObject({ state: 'ringing', agentId: null });
    expect((await left).call.id).toBe(call.id);
    expect((await ringsAtBruno).call).toMatchObject({ id: call.id, agentId: bruno.me.id });
    await until(() => agentA2.silentFor(1000), 'the second leg to close');
    await answer(bruno);
    const agentB = await join(brunoSocket);
    const aliceHeard = agentA2.heard();
    await until(() => agentB.heard() > 100, 'more audio to Bruno');
    expect(agentA2.heard()).toBe(aliceHeard);
    expect((await bruno.inject({ method: 'POST', url: `/api/voice/calls/${call.id}/hangup` })).json().state).toBe('ended');
    const events = (await bruno.inject({ url: `/api/voice/calls/${call.id}/events` })).json().items as { type: string }[];
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['transferred', 'ring_missed']));
    await logout();
  });

  it('keypad: the agent’s digits reach the caller and the caller’s reach the agent, in order, and are kept on the attendance', async () => {
    const { call, vs, aliceSocket, logout } = await answeredByAlice('Davi Teclado');
    const toCaller: string[] = [];
    vs.on('call.dtmf', (p: { callId: string; digits: string }) => p.callId === call.id && toCaller.push(p.digits));
    for (const digits of ['1', '2', '3', '#']) {
      expect((await alice.inject({ method: 'POST', url: `/api/voice/calls/${call.id}/dtmf`, payload: { digits } })).statusCode).toBe(200);
    }
    await until(() => toCaller.length === 4, 'the agent’s digits at the caller');
    expect(toCaller).toEqual(['1', '2', '3', '#']);

    const toAgent: string[] = [];
    aliceSocket.on('voice.dtmf', (p: { callId: string; digits: string }) => p.callId === call.id && toAgent.push(p.digits));
    // Sent back to back: the server keeps the caller's order.
    for (const digits of ['9', '8', '*', '7', '0']) vs.emit('call.dtmf', { callId: call.id, digits });
    vs.emit('call.dtmf', { callId: call.id, digits: 'not a key' });
    vs.emit('call.dtmf', { callId: '00000000-0000-4000-8000-000000000000', digits: '5' });
    await until(() => toAgent.length === 5, 'the caller’s digits at the agent');
    expect(toAgent).toEqual(['9', '8', '*', '7', '0']);

    // Both sides' keys are on the attendance's timeline, in order, each with who pressed it.
    const events = (await alice.inject({ url: `/api/attendances/${call.attendanceId}` })).json().events as {
      type: string;
      data: { digits: string; from: string };
    }[];
    expect(events.filter((e) => e.type === 'call_dtmf').map((e) => `${e.data.from}:${e.data.digits}`)).toEqual([
      'agent:1',
      'agent:2',
      'agent:3',
      'agent:#',
      'caller:9',
      'caller:8',
      'caller:*',
      'caller:7',
      'caller:0',
    ]);
    expect((await alice.inject({ method: 'POST', url: `/api/voice/calls/${call.id}/hangup` })).json().state).toBe('ended');
    await logout();
  });

  it('"Permitir chamadas de voz" is a WebChat channel\'s voice queue: admins set or clear it; a chat queue is refused', async () => {
    const admin = await t.login('admin@demo.local');
    const channels = (await admin.inject({ url: '/api/channels' })).json().items as { name: string; voiceQueueId: string | null }[];
    expect(channels.find((c) => c.name === 'WebChat')!.voiceQueueId).toBe(suporte);
    const chatQueue = ((await admin.inject({ url: '/api/queues' })).json().items as { id: string; kind: string }[]).find(
      (q) => q.kind === 'chat',
    )!.id;
    // A new channel allows no calls until its admin says so.
    const created = await admin.inject({
      method: 'POST',
      url: '/api/channels',
      payload: { name: 'Site sem voz', type: 'webchat', queueId: chatQueue },
    });
    const channel = created.json() as { id: string; token: string; voiceQueueId: string | null };
    expect(channel.voiceQueueId).toBeNull();
    const patch = (voiceQueueId: string | null) => admin.inject({ method: 'PATCH', url: `/api/channels/${channel.id}`, payload: { voiceQueueId } });
    expect((await patch(chatQueue)).json().error.code).toBe('QUEUE_KIND_MISMATCH');
    expect((await patch(suporte)).json()).toMatchObject({ voiceQueueId: suporte, preChat: { required: ['name'] } });
    expect((await patch(null)).json().voiceQueueId).toBeNull();

    // Its widget offers no "Ligar", and a call started anyway is refused.
    const session = (await t.app.inject({ method: 'POST', url: `/api/widget/${channel.token}/session`, payload: {} })).json();
    expect(session.channel.voice).toBeNull();
    const s = connect(`${url}/widget`, {
      transports: ['websocket'],
      auth: { channelToken: channel.token, visitorToken: session.visitorToken },
      reconnection: false,
      forceNew: true,
    });
    sockets.push(s);
    await nextEvent(s, 'connect');
    const visitor = await peer();
    expect(await s.emitWithAck('call.start', { sdp: visitor.offer })).toEqual({ error: { code: 'CALL_VOICE_DISABLED' } });
  });

  it('refuses a call on a channel without voice and an agent leg of a call that is not theirs', async () => {
    const other = await t.login('admin@outra.local');
    const foreign = ((await other.inject({ url: '/api/channels' })).json().items as { token: string; type: string }[]).find(
      (c) => c.type === 'webchat',
    );
    if (foreign) {
      const s = (await t.app.inject({ method: 'POST', url: `/api/widget/${foreign.token}/session`, payload: {} })).json();
      expect(s.channel.voice ?? null).toBeNull();
    }
    const agentSocket = socketFor(url, alice.cookie);
    sockets.push(agentSocket);
    await nextEvent(agentSocket, 'connect');
    const r = await agentSocket.emitWithAck('voice.rtc.join', { callId: '00000000-0000-4000-8000-000000000000', sdp: 'v=0 not an offer' });
    expect(r).toEqual({ error: { code: 'CALL_NOT_FOUND' } });
  });
});
