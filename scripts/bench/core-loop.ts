// Core-loop figures: visitor → agent message round trip at 50 concurrent conversations sending
// 200 messages/s in all (target on PostgreSQL: p99 < 100 ms), and the saturation throughput; end
// to end over HTTP and Socket.IO against the real app running in its own process
// (core-loop-server.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { io, type Socket } from 'socket.io-client';
import { log, percentile, round } from './stats.js';

type Json = Record<string, unknown>;

async function http(base: string, path: string, opts: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const res = await fetch(base + path, {
    method: opts.method ?? (opts.body ? 'POST' : 'GET'),
    headers: { 'content-type': 'application/json', ...(opts.headers ?? {}) },
    body: opts.body ? JSON.stringify(opts.body) : undefined,
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return {
    json: (await res.json()) as Json,
    cookie: res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; '),
  };
}

/** Starts core-loop-server.ts in its own Node process; resolves with its URL. */
async function startServer(kind: 'pglite' | 'postgres', url: string | undefined): Promise<{ base: string; child: ChildProcess }> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'core-loop-server.ts');
  const extra = process.env.BENCH_SERVER_NODE_OPTIONS ? process.env.BENCH_SERVER_NODE_OPTIONS.split(' ') : [];
  const child = spawn(process.execPath, [...extra, '--import', 'tsx', script, kind, ...(url ? [url] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`bench server exited with ${code}`);
  });
  const first = new Promise<string>((resolve) => lines.once('line', resolve));
  const line = await Promise.race([first, exited]);
  return { base: (JSON.parse(line) as { url: string }).url, child };
}

export async function coreLoopBench(
  kind: 'pglite' | 'postgres',
  databaseUrl: string | undefined,
  opts = { conversations: 50, perConversation: 20, rate: 200, seconds: 10 },
) {
  const { base, child } = await startServer(kind, databaseUrl);
  const sockets: Socket[] = [];
  try {
    const admin = await http(base, '/api/auth/login', { body: { email: 'admin@demo.local', password: 'demo1234' } });
    const adminHeaders = { cookie: admin.cookie, 'x-csrf-token': String(admin.json.csrfToken) };
    const channels = (await http(base, '/api/channels', { headers: adminHeaders })).json.items as {
      id: string;
      token: string;
      name: string;
      queueId: string;
    }[];
    const webchat = channels.find((c) => c.name === 'WebChat')!;
    const agentLogin = await http(base, '/api/auth/login', { body: { email: 'agente@demo.local', password: 'demo1234' } });
    const agentHeaders = { cookie: agentLogin.cookie, 'x-csrf-token': String(agentLogin.json.csrfToken) };
    await http(base, `/api/queues/${webchat.queueId}/members`, {
      method: 'PUT',
      headers: adminHeaders,
      body: { members: [{ userId: agentLogin.json.id, capacity: 50 }] },
    });
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
      const session = await http(base, `/api/widget/${webchat.token}/session`, {
        body: {},
        headers: { 'x-forwarded-for': `10.20.${i >> 8}.${i & 255}` },
      });
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
      return http(base, `/api/widget/${webchat.token}/messages`, {
        headers: { 'x-visitor-token': token },
        body: { body: 'Mensagem de carga', clientId },
      }).then(() => arrived);
    };

    // Warm-up, not measured: every visitor's first messages fill the server's caches and let the JIT
    // compile the hot path, so the figures below describe the steady state.
    for (let round = 0; round < 3; round++) await Promise.all(visitors.map((v) => send(v)));

    // 1. The target: 50 conversations sending at a fixed total rate (open loop,
    // like real visitors, who do not wait for each other), round trip visitor → agent per message.
    log(`${kind}: ${opts.conversations} conversations at ${opts.rate} messages/s for ${opts.seconds} s`);
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

    // 2. Saturation: each visitor sends its next message as soon as the previous one reached the
    // agent (closed loop, no think time): the most the server delivers; latency is then queueing.
    log(`${kind}: saturation, ${opts.conversations} conversations × ${opts.perConversation} back-to-back messages`);
    const latencies: number[] = [];
    const t0 = performance.now();
    await Promise.all(
      visitors.map(async (v) => {
        for (let i = 0; i < opts.perConversation; i++) latencies.push(await send(v));
      }),
    );
    const closedSeconds = (performance.now() - t0) / 1000;

    const p99 = round(percentile(delivered, 99));
    return {
      name: `core-loop-${kind}`,
      database: kind,
      roundTrip: {
        conversations: opts.conversations,
        ratePerSecond: opts.rate,
        seconds: opts.seconds,
        sent: total,
        delivered: delivered.length,
        achievedPerSecond: round(delivered.length / openSeconds),
        p50Ms: round(percentile(delivered, 50)),
        p99Ms: p99,
      },
      saturation: {
        conversations: opts.conversations,
        messages: latencies.length,
        messagesPerSecond: round(latencies.length / closedSeconds),
        p50Ms: round(percentile(latencies, 50)),
        p99Ms: round(percentile(latencies, 99)),
      },
      // The target is PostgreSQL's (the production database); PGlite is reported for comparison.
      ...(kind === 'postgres' ? { target: { p99Ms: 100, atPerSecond: opts.rate, met: delivered.length === total && p99 < 100 } } : {}),
    };
  } finally {
    for (const s of sockets) s.disconnect();
    const gone = once(child, 'exit');
    child.kill('SIGTERM');
    await gone;
  }
}

/** A fresh PostgreSQL database for one run (dropped afterwards), or none for PGlite (in the server process). */
export async function benchDatabaseUrl(kind: 'pglite' | 'postgres'): Promise<{ url: string | undefined; drop(): Promise<void> }> {
  if (kind === 'pglite') return { url: undefined, drop: async () => {} };
  const { createPgDatabase } = await import('../../apps/server/test/databases.js');
  return createPgDatabase();
}
