// Issue 4 figures: visitor → agent message round trip at 50 concurrent conversations, and a
// sustained inbound rate, end to end over HTTP and Socket.IO against the real app.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import { buildApp } from '../../apps/server/src/app.js';
import { loadConfig } from '../../apps/server/src/platform/config.js';
import { openDatabase, type Database } from '../../apps/server/src/platform/db/client.js';
import { seedDemo } from '../../apps/server/src/seed/demo.js';
import { log, percentile, round } from './stats.js';

type Json = Record<string, unknown>;

async function http(base: string, path: string, opts: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const res = await fetch(base + path, {
    method: opts.method ?? (opts.body ? 'POST' : 'GET'),
    headers: { 'content-type': 'application/json', ...(opts.headers ?? {}) },
    body: opts.body ? JSON.stringify(opts.body) : undefined,
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return { json: (await res.json()) as Json, cookie: res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') };
}

export async function coreLoopBench(kind: 'pglite' | 'postgres', database: Database, opts = { conversations: 50, perConversation: 20, rate: 200, seconds: 10 }) {
  // Each visitor comes from its own address, as on a real site (rate limits are per address).
  const config = loadConfig({}, { logLevel: 'silent', seedDemo: true, widgetMessagesPerMinute: 100_000, trustProxy: true });
  const app = await buildApp({ config, database, logger: false });
  app.platform.afterMigrate(() => seedDemo(app.platform));
  await app.platform.start();
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const sockets: Socket[] = [];
  try {
    const admin = await http(base, '/api/auth/login', { body: { email: 'admin@demo.local', password: 'demo1234' } });
    const adminHeaders = { cookie: admin.cookie, 'x-csrf-token': String(admin.json.csrfToken) };
    const channels = (await http(base, '/api/channels', { headers: adminHeaders })).json.items as { id: string; token: string; name: string; queueId: string }[];
    const webchat = channels.find((c) => c.name === 'WebChat')!;
    const agentLogin = await http(base, '/api/auth/login', { body: { email: 'agente@demo.local', password: 'demo1234' } });
    const agentHeaders = { cookie: agentLogin.cookie, 'x-csrf-token': String(agentLogin.json.csrfToken) };
    await http(base, `/api/queues/${webchat.queueId}/members`, { method: 'PUT', headers: adminHeaders, body: { members: [{ userId: agentLogin.json.id, capacity: 50 }] } });
    await http(base, '/api/presence/me/login', { headers: agentHeaders, body: { kind: 'chat_channel', targetId: webchat.id } });

    // The agent's console socket: every visitor message arrives here.
    const agentSocket = io(base, { transports: ['websocket'], extraHeaders: { cookie: agentLogin.cookie }, forceNew: true });
    sockets.push(agentSocket);
    await new Promise<void>((resolve, reject) => (agentSocket.once('connect', () => resolve()), agentSocket.once('connect_error', reject)));
    const pending = new Map<string, (at: number) => void>();
    agentSocket.on('attendance.message', (m: { clientId: string | null }) => {
      if (m.clientId) pending.get(m.clientId)?.(performance.now());
    });

    const visitors: string[] = [];
    for (let i = 0; i < opts.conversations; i++) {
      const session = await http(base, `/api/widget/${webchat.token}/session`, { body: {}, headers: { 'x-forwarded-for': `10.20.${i >> 8}.${i & 255}` } });
      const token = String(session.json.visitorToken);
      await http(base, `/api/widget/${webchat.token}/conversations`, { headers: { 'x-visitor-token': token }, body: { name: `Visitante ${i}` } });
      visitors.push(token);
    }
    // Every conversation offered to the agent before measuring.
    for (let i = 0; i < 200; i++) {
      const active = (await http(base, '/api/attendances?view=active&limit=200', { headers: agentHeaders })).json.items as unknown[];
      if (active.length >= opts.conversations) break;
      await new Promise((r) => setTimeout(r, 50));
    }

    const send = (token: string) => {
      const clientId = randomUUID();
      const started = performance.now();
      const arrived = new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => (pending.delete(clientId), reject(new Error('message not delivered in 10 s'))), 10_000);
        pending.set(clientId, (at) => (clearTimeout(timer), pending.delete(clientId), resolve(at - started)));
      });
      arrived.catch(() => {}); // awaited below; never an unhandled rejection while the POST is in flight
      return http(base, `/api/widget/${webchat.token}/messages`, { headers: { 'x-visitor-token': token }, body: { body: 'Mensagem de carga', clientId } }).then(() => arrived);
    };

    // 1. Closed loop: 50 visitors each sending one message after another.
    log(`${kind}: round trip, ${opts.conversations} conversations × ${opts.perConversation} messages`);
    const latencies: number[] = [];
    const t0 = performance.now();
    await Promise.all(visitors.map(async (v) => {
      for (let i = 0; i < opts.perConversation; i++) latencies.push(await send(v));
    }));
    const closedSeconds = (performance.now() - t0) / 1000;

    // 2. Open loop: a fixed inbound rate spread over the conversations, for a fixed time.
    log(`${kind}: sustained ${opts.rate} messages/s for ${opts.seconds} s`);
    const total = opts.rate * opts.seconds;
    const sustained: Promise<number>[] = [];
    const t1 = performance.now();
    for (let i = 0; i < total; i++) {
      const due = t1 + (i * 1000) / opts.rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      sustained.push(send(visitors[i % visitors.length]!));
    }
    const settled = await Promise.allSettled(sustained);
    const openSeconds = (performance.now() - t1) / 1000;
    const delivered = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));

    return {
      name: `core-loop-${kind}`,
      database: kind,
      roundTrip: {
        conversations: opts.conversations,
        messages: latencies.length,
        p50Ms: round(percentile(latencies, 50)),
        p99Ms: round(percentile(latencies, 99)),
        messagesPerSecond: round(latencies.length / closedSeconds),
      },
      sustained: {
        targetPerSecond: opts.rate,
        sent: total,
        delivered: delivered.length,
        achievedPerSecond: round(delivered.length / openSeconds),
        p50Ms: round(percentile(delivered, 50)),
        p99Ms: round(percentile(delivered, 99)),
      },
    };
  } finally {
    for (const s of sockets) s.disconnect();
    await app.close();
  }
}

export async function openBenchDatabase(kind: 'pglite' | 'postgres'): Promise<Database> {
  if (kind === 'pglite') return openDatabase({ inMemory: true });
  const { createPgDatabase } = await import('../../apps/server/test/databases.js');
  const created = await createPgDatabase();
  const database = await openDatabase({ url: created.url, poolSize: 10 });
  return { ...database, close: async () => (await database.close(), await created.drop()) };
}
