import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { nextEvent, socketFor } from '../../../test/sockets.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

type Ack = boolean | { error: { code: string; message: string } };

// Hardening issue, socket floods item: a flood of socket events costs no database transaction per
// event, never starves HTTP requests, and gets the flooding socket disconnected (staff or visitor).
describe('socket event limits', () => {
  let t: TestApp;
  let url: string;
  let agent: Session;
  let outraAdmin: Session;
  let demoOrg: string;
  let token: string;
  let visitorToken: string;
  let attendanceId: string;
  const sockets: Socket[] = [];
  const widgetSocket = (visitor: string) => {
    const s = connect(`${url}/widget`, {
      transports: ['websocket'],
      auth: { channelToken: token, visitorToken: visitor },
      reconnection: false,
      forceNew: true,
    });
    sockets.push(s);
    return s;
  };
  const staffSocket = (cookie: string) => {
    const s = socketFor(url, cookie);
    sockets.push(s);
    return s;
  };
  /**
   * Transactions opened for Demo as `userId` (null: the visitor's) while the spy runs; `from` keeps
   * those opened by the socket handlers of one file (other work, e.g. presence heartbeats, may run meanwhile).
   */
  const spyTransactions = () => {
    const original = t.app.platform.tenant.inTenant.bind(t.app.platform.tenant);
    const calls: { org: string; user: string | null; stack: string }[] = [];
    vi.spyOn(t.app.platform.tenant, 'inTenant').mockImplementation(((...args: Parameters<typeof original>) => {
      calls.push({ org: args[0], user: args[1], stack: new Error().stack ?? '' });
      return original(...args);
    }) as typeof original);
    return (userId: string | null, from?: string) =>
      calls.filter((c) => c.org === demoOrg && c.user === userId && (!from || c.stack.includes(from))).length;
  };

  beforeAll(async () => {
    t = await createTestApp();
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    agent = await t.login('agente@demo.local');
    outraAdmin = await t.login('admin@outra.local');
    demoOrg = await t.orgId('demo');
    const channel = ((await agent.inject({ url: '/api/channels' })).json().items as { id: string; token: string; name: string }[]).find(
      (c) => c.name === 'WebChat',
    )!;
    token = channel.token;
    visitorToken = (await t.app.inject({ method: 'POST', url: `/api/widget/${token}/session`, payload: {} })).json().visitorToken;
    const started = await t.app.inject({
      method: 'POST',
      url: `/api/widget/${token}/conversations`,
      headers: { 'x-visitor-token': visitorToken },
      payload: { name: 'Flávia' },
    });
    attendanceId = started.json().attendanceId;
    await agent.inject({ method: 'POST', url: '/api/presence/me/login', payload: { kind: 'chat_channel', targetId: channel.id } });
    await t.settle();
    expect((await agent.inject({ url: `/api/attendances/${attendanceId}` })).json().attendance.assigneeId).toBe(agent.me.id);
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t.close();
  });

  it('relays a visitor’s typing flood to the agent without database work, and disconnects the flooder', async () => {
    const agentSocket = staffSocket(agent.cookie);
    const visitor = widgetSocket(visitorToken);
    await Promise.all([nextEvent(agentSocket, 'connect'), nextEvent(visitor, 'connect')]);
    const typingSeen: unknown[] = [];
    agentSocket.on('attendance.typing', (e) => typingSeen.push(e));
    const firstTyping = nextEvent<{ attendanceId: string }>(agentSocket, 'attendance.typing');
    const transactions = spyTransactions();

    // Typing within the burst reaches the relay, which tells the agent without a transaction…
    for (let i = 0; i < 20; i++) visitor.emit('typing');
    expect((await firstTyping).attendanceId).toBe(attendanceId);
    // …then a flood: the socket is cut off while a database-backed request of another organization answers.
    const gone = nextEvent<string>(visitor, 'disconnect');
    for (let i = 0; i < 1000; i++) visitor.emit('typing');
    const [reason, teams] = await Promise.all([gone, outraAdmin.inject({ url: '/api/teams' })]);
    expect(reason).toBe('io server disconnect');
    expect(teams.statusCode).toBe(200);
    // The handshake already found the agent: typing opened no transaction at all.
    expect(transactions(null, 'widget.gateway')).toBe(0);
    // Coalesced: a later push reaches the agent after any typing relayed, and there were few.
    const marker = nextEvent(agentSocket, 'attendance.message');
    await agent.inject({
      method: 'POST',
      url: `/api/attendances/${attendanceId}/messages`,
      payload: { body: 'depois da enxurrada', internal: true },
    });
    await marker;
    expect(typingSeen.length).toBeLessThan(3);
  });

  it('disconnects a staff socket that floods, after answering its excess acknowledgements with a coded error', async () => {
    const s = staffSocket(agent.cookie);
    await nextEvent(s, 'connect');
    const transactions = spyTransactions();
    const acks: Ack[] = [];
    const gone = nextEvent<string>(s, 'disconnect');
    for (let i = 0; i < 1000; i++) s.emit('attendance.watch', attendanceId, (a: Ack) => acks.push(a));
    expect(await gone).toBe('io server disconnect');
    const limited = acks.filter((a) => typeof a === 'object');
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]).toEqual({ error: { code: 'SOCKET_RATE_LIMITED', message: expect.any(String) } });
    // Only the burst reached the handler (one access check each), far from a thousand.
    expect(transactions(agent.me.id)).toBeLessThanOrEqual(t.app.platform.config.socketEventBurst + 5);
  });

  it('coalesces an agent’s typing flood into one access check, and disconnects it', async () => {
    const s = staffSocket(agent.cookie);
    const visitor = widgetSocket(visitorToken);
    await Promise.all([nextEvent(s, 'connect'), nextEvent(visitor, 'connect')]);
    const shown = nextEvent<{ agentName: string }>(visitor, 'typing');
    const transactions = spyTransactions();
    for (let i = 0; i < 20; i++) s.emit('attendance.typing', attendanceId);
    expect(await shown).toEqual({ agentName: 'Alice Agente' });
    const gone = nextEvent<string>(s, 'disconnect');
    for (let i = 0; i < 1000; i++) s.emit('attendance.typing', attendanceId);
    expect(await gone).toBe('io server disconnect');
    // Twenty typing events reached the handler: one access check served them all.
    expect(transactions(agent.me.id, 'webchat.listeners')).toBe(1);
  });
});
