// Idle web-chat visitors for the widget-sockets benchmark, in their own process (spawned by
// widget-sockets.ts): opens `count` visitor sessions (each from its own address) and connects each
// to the /widget namespace. Prints {"connected": n, …} once all are up; then, on a stdin line "go",
// prints {"trigger": true} (the orchestrator relays it to the server, which publishes one push per
// visitor room) and finally {"allMs": …}: from "trigger" to the last visitor's arrival, one clock.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { io, type Socket } from 'socket.io-client';
import { log, round } from './stats.js';

const { base, token, count } = JSON.parse(process.argv[2]!) as { base: string; token: string; count: number };
const url = new URL(base);
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
const emit = (o: unknown) => process.stdout.write(`${JSON.stringify(o)}\n`);

function session(i: number) {
  return new Promise<string>((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: `/api/widget/${token}/session`,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () =>
          res.statusCode === 200
            ? resolve(String((JSON.parse(text) as { visitorToken: string }).visitorToken))
            : reject(new Error(`${res.statusCode} ${text}`)),
        );
      },
    );
    req.on('error', reject);
    req.end('{}');
  });
}

async function pool<T>(n: number, width: number, fn: (i: number) => Promise<T>) {
  const out: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < n) {
        const i = next++;
        out[i] = await fn(i);
      }
    }),
  );
  return out;
}

const t0 = performance.now();
const tokens = await pool(count, 32, (i) => session(i).catch((e: unknown) => (log(`session ${i}: ${String(e)}`), '')));
const sessionSeconds = (performance.now() - t0) / 1000;
log(`widget: ${tokens.filter(Boolean).length} sessions in ${round(sessionSeconds)} s; connecting`);

let received = 0;
let startedAt = 0;
let expected = 0;
let done: (() => void) | undefined;
const sockets: Socket[] = [];
let failed = 0;
let lastError = '';
const t1 = performance.now();
await pool(count, 100, async (i) => {
  if (!tokens[i]) return (failed++, undefined);
  const s = io(`${base}/widget`, {
    transports: ['websocket'],
    auth: { channelToken: token, visitorToken: tokens[i] },
    forceNew: true,
    reconnection: false,
  });
  s.on('typing', () => {
    if (++received === expected) done?.();
  });
  const ok = await new Promise<boolean>((resolve) => {
    s.once('connect', () => resolve(true));
    s.once('connect_error', (e) => ((lastError = e.message), resolve(false)));
  });
  if (ok) sockets.push(s);
  else failed++;
  if ((i + 1) % 1000 === 0) log(`widget: ${i + 1}/${count} tried, ${sockets.length} connected`);
});
emit({ connected: sockets.length, failed, lastError, sessionSeconds: round(sessionSeconds), connectSeconds: round((performance.now() - t1) / 1000) });

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'go') return;
  expected = sockets.length;
  received = 0;
  const all = new Promise<void>((resolve) => (done = resolve));
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, 60_000));
  startedAt = performance.now();
  emit({ trigger: true });
  void Promise.race([all, timeout]).then(() => {
    emit({ received, expected, allMs: round(performance.now() - startedAt) });
    for (const s of sockets) s.disconnect();
    setTimeout(() => process.exit(0), 200);
  });
});
