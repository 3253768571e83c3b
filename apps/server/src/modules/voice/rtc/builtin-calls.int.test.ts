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

describe('built-in calls (SPEC VOX-06 a)', () => {
  let t: TestApp;
  let url: string;
  let alice: Session;
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
