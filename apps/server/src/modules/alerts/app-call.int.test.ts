import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserPeer, until } from '../../../test/rtc-peer.js';
import { nextEvent, socketFor } from '../../../test/sockets.js';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../../../test/test-app.js';

type Started = { callId: string; sdp: string } | { error: { code: string } };
type Recording = { id: string; attendanceId: string | null; appUserId: string | null; callerName: string | null };
const AUDIO = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(2045, 7)]);

// SPEC ALR-03 "Ligar pelo navegador", ALR-05: the app user's built-in call (VOX-06 a) rings the
// alerts' voice queue under the app user's name and phone, and is recorded like any call.
describe('alert app built-in call', () => {
  let t: TestApp;
  let url: string;
  let pbx: Server;
  let appCall: { attendanceId: string } | undefined;
  const sockets: Socket[] = [];
  const peers: { close(): Promise<void> }[] = [];
  const track = (s: Socket) => (sockets.push(s), s);
  const peer = async () => {
    const p = await browserPeer();
    peers.push(p);
    return p;
  };
  const appLogin = async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/alert-app/login', payload: { login: '529.982.247-25', password: DEMO_PASSWORD } });
    expect(login.json().settings.callQueueId).toBeTruthy();
    const cookie = `atende_app_sid=${login.cookies.find((c) => c.name === 'atende_app_sid')!.value}`;
    const s = track(connect(`${url}/alert-app`, { transports: ['websocket'], extraHeaders: { cookie }, reconnection: false, forceNew: true }));
    await nextEvent(s, 'connect');
    return s;
  };

  beforeAll(async () => {
    // The PBX's recording URL is served on loopback: the guarded client must be allowed to fetch it.
    t = await createTestApp({ config: { allowPrivateTargets: true } });
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    pbx = createServer((_req, res) => void res.writeHead(200, { 'content-type': 'audio/mpeg', 'content-length': AUDIO.length }).end(AUDIO));
    await new Promise<void>((resolve) => pbx.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await Promise.all(peers.map((p) => p.close()));
    await new Promise((resolve) => pbx.close(resolve));
    await t.close();
  });

  it('rings the voice queue with the app user as caller, relays audio once answered and ends on "Desligar"', async () => {
    const alice = await t.login('agente@demo.local');
    const suporte = ((await alice.inject({ url: '/api/queues' })).json().items as { id: string; name: string }[]).find(
      (q) => q.name === 'Suporte',
    )!.id;
    const loggedIn = await alice.inject({ method: 'POST', url: '/api/presence/me/login', payload: { kind: 'voice_queue', targetId: suporte } });
    expect(loggedIn.statusCode).toBe(200);
    const agentSocket = track(socketFor(url, alice.cookie));
    await nextEvent(agentSocket, 'connect');

    const app = await appLogin();
    const caller = await peer();
    const rung = nextEvent<{ call: { id: string; provider: string; from: string; callerName: string; attendanceId: string } }>(
      agentSocket,
      'voice.ringing',
    );
    const started = (await app.emitWithAck('call.start', { sdp: caller.offer })) as Started;
    if ('error' in started) throw new Error(started.error.code);
    await caller.answer(started.sdp);
    const { call } = await rung;
    expect(call).toMatchObject({ id: started.callId, provider: 'builtin', from: '+5511988887777', callerName: 'Maria Usuária' });
    const attendance = (await alice.inject({ url: `/api/attendances/${call.attendanceId}` })).json();
    expect(attendance.attendance).toMatchObject({
      channelType: 'voice',
      queueId: suporte,
      contact: { name: 'Maria Usuária', phone: '+5511988887777' },
    });

    const answeredPush = nextEvent<{ callId: string }>(app, 'call.answered');
    expect((await alice.inject({ method: 'POST', url: `/api/voice/calls/${call.id}/answer` })).statusCode).toBe(200);
    expect((await answeredPush).callId).toBe(call.id);
    const agent = await peer();
    const joined = (await agentSocket.emitWithAck('voice.rtc.join', { callId: call.id, sdp: agent.offer })) as { sdp: string };
    await agent.answer(joined.sdp);
    await until(() => agent.heard() > 25 && caller.heard() > 25, 'audio relayed both ways');

    const endedPush = nextEvent<{ callId: string }>(app, 'call.ended');
    const agentEnded = nextEvent<{ call: { state: string } }>(agentSocket, 'voice.ended');
    app.emit('call.hangup', call.id);
    expect((await endedPush).callId).toBe(call.id);
    expect((await agentEnded).call.state).toBe('ended');
    // "Gravações" (ALR-05): the call is listed under the app user's name.
    await until(async () => {
      const items = (await alice.inject({ url: '/api/recordings' })).json().items as { attendanceId: string; callerName: string | null }[];
      return items.find((r) => r.attendanceId === call.attendanceId)?.callerName === 'Maria Usuária';
    }, 'the recording listed under the app user');
    appCall = call;
    await alice.inject({ method: 'POST', url: '/api/presence/me/logout', payload: { kind: 'voice_queue', targetId: suporte } });
  });

  // ALR-05: the alert team's "Gravações" is the recordings list filtered to calls from the app.
  it('lists only the app users’ recorded calls with source=alert-app, with the app user to open; role and organization apply', async () => {
    expect(appCall, 'the app user’s call above was recorded').toBeDefined();
    const supervisor = await t.login('supervisor@demo.local');
    const maria = ((await supervisor.inject({ url: '/api/alerts/users?search=Maria' })).json().users as { id: string; name: string }[]).find(
      (u) => u.name === 'Maria Usuária',
    )!;
    // A PBX call, recorded too, in the same organization: it is not the alert team's.
    const cti = (payload: object) => t.app.inject({ method: 'POST', url: '/api/voice/cti/demo-cti-token', payload });
    const pbxUrl = `http://127.0.0.1:${(pbx.address() as AddressInfo).port}`;
    const pbxCall = `pbx-${Date.now()}`;
    expect((await cti({ event: 'newCall', direction: 'in', from: '11987651234', to: '4000', callId: pbxCall, queue: 'Suporte' })).statusCode).toBe(
      200,
    );
    expect((await cti({ event: 'hangup', direction: 'in', callId: pbxCall, cause: 'normalClearing' })).statusCode).toBe(200);
    expect((await cti({ event: 'recording', callId: pbxCall, recordingUrl: `${pbxUrl}/rec.mp3` })).json().changed).toBe(true);
    await until(async () => (await supervisor.inject({ url: '/api/recordings' })).json().total === 2, 'both recordings stored');

    const all = (await supervisor.inject({ url: '/api/recordings' })).json().items as Recording[];
    expect(all.find((r) => r.attendanceId !== appCall!.attendanceId)).toMatchObject({ appUserId: null });
    const team = (await supervisor.inject({ url: '/api/recordings?source=alert-app' })).json();
    expect(team.total).toBe(1);
    expect(team.items[0]).toMatchObject({ attendanceId: appCall!.attendanceId, appUserId: maria.id, callerName: 'Maria Usuária' });
    // The search and the period still apply within the filter.
    expect((await supervisor.inject({ url: '/api/recordings?source=alert-app&q=maria' })).json().total).toBe(1);
    expect((await supervisor.inject({ url: '/api/recordings?source=alert-app&q=11987651234' })).json().total).toBe(0);
    expect((await supervisor.inject({ url: '/api/recordings?source=nope' })).statusCode).toBe(400);

    // Agents see the calls they took: the agent who answered sees it, another agent does not.
    expect((await (await t.login('agente@demo.local')).inject({ url: '/api/recordings?source=alert-app' })).json().total).toBe(1);
    expect((await (await t.login('agente2@demo.local')).inject({ url: '/api/recordings?source=alert-app' })).json().total).toBe(0);
    expect((await (await t.login('admin@outra.local')).inject({ url: '/api/recordings?source=alert-app' })).json().total).toBe(0);
  });

  it('refuses the call when no voice queue is set for alerts', async () => {
    const admin = await t.login('admin@demo.local');
    const settings = (await admin.inject({ url: '/api/alerts/settings' })).json();
    const saved = await admin.inject({ method: 'PUT', url: '/api/alerts/settings', payload: { ...settings, voiceQueueId: null } });
    expect(saved.statusCode).toBe(200);
    // The app offers no call any more; one started anyway is refused with a coded error.
    const login = await t.app.inject({ method: 'POST', url: '/api/alert-app/login', payload: { login: '529.982.247-25', password: DEMO_PASSWORD } });
    expect(login.json().settings.callQueueId).toBeNull();
    const cookie = `atende_app_sid=${login.cookies.find((c) => c.name === 'atende_app_sid')!.value}`;
    const s = track(connect(`${url}/alert-app`, { transports: ['websocket'], extraHeaders: { cookie }, reconnection: false, forceNew: true }));
    await nextEvent(s, 'connect');
    const caller = await peer();
    expect(await s.emitWithAck('call.start', { sdp: caller.offer })).toEqual({ error: { code: 'ALERT_APP_CALL_UNAVAILABLE' } });
  });
});
