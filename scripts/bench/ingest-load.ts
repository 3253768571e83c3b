// The load generator of the channel-ingest benchmark, in its own process (forked by channel-ingest.ts):
// signed WhatsApp webhooks to the server, and the assigned agent's console socket, so each message's
// latency is measured from the POST's send to the socket event's arrival with one clock.
// Input: one JSON argument {base, appSecret, phoneNumberId, contacts, rate, seconds, senders,
// messagesPerStep}. Output: one JSON line on stdout; progress on stderr.
import { createHmac } from 'node:crypto';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { io } from 'socket.io-client';
import { closedLoopSteps } from './closed-loop.js';
import { log, percentile, round } from './stats.js';

type Options = {
  base: string;
  appSecret: string;
  phoneNumberId: string;
  contacts: number;
  rate: number;
  seconds: number;
  /** Closed-loop steps of the saturation search, in senders (at most `contacts`), rising. */
  senders: number[];
  messagesPerStep: number;
};
const o = JSON.parse(process.argv[2]!) as Options;
const url = new URL(o.base);
const agent = new Agent({ keepAlive: true, maxSockets: 256 });

function call(path: string, method: string, body: string, headers: Record<string, string>) {
  return new Promise<{ status: number; text: string; cookies: string[] }>((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path, method, agent, headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text, cookies: res.headers['set-cookie'] ?? [] }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function json(path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await call(path, 'POST', JSON.stringify(body), headers);
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${res.text}`);
  return { body: JSON.parse(res.text) as Record<string, unknown>, cookie: res.cookies.map((c) => c.split(';')[0]).join('; ') };
}

const waIds = Array.from({ length: o.contacts }, (_, i) => `55119${String(70000000 + i).padStart(8, '0')}`);
let counter = 0;

/** One inbound text in the Cloud API's format, signed as Meta signs it (X-Hub-Signature-256). */
function webhook(waId: string, text: string) {
  const payload = {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '200000000000077',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '551140000000', phone_number_id: o.phoneNumberId },
              contacts: [{ profile: { name: `Contato ${waId.slice(-4)}` }, wa_id: waId }],
              messages: [
                {
                  from: waId,
                  id: `wamid.bench.${process.pid}.${++counter}`,
                  timestamp: String(Math.floor(Date.now() / 1000)),
                  type: 'text',
                  text: { body: text },
                },
              ],
            },
          },
        ],
      },
    ],
  };
  const raw = JSON.stringify(payload);
  return { raw, signature: `sha256=${createHmac('sha256', o.appSecret).update(raw).digest('hex')}` };
}

const agentLogin = await json('/api/auth/login', { email: 'agente@demo.local', password: 'demo1234' });
const agentHeaders = { cookie: agentLogin.cookie, 'x-csrf-token': String(agentLogin.body.csrfToken) };
const channelId = process.env.BENCH_CHANNEL_ID!;
await json('/api/presence/me/login', { kind: 'chat_channel', targetId: channelId }, agentHeaders);
const socket = io(o.base, { transports: ['websocket'], extraHeaders: { cookie: agentLogin.cookie }, forceNew: true });
await new Promise<void>((resolve, reject) => (socket.once('connect', () => resolve()), socket.once('connect_error', reject)));
const pending = new Map<string, (at: number) => void>();
socket.on('attendance.message', (m: { body: string }) => pending.get(m.body)?.(performance.now()));

/** Sends one message; resolves with its latency (POST sent → message on the agent's socket). */
function send(waId: string, timeoutMs = 30_000) {
  const text = `carga ${process.pid}-${counter + 1}`;
  const { raw, signature } = webhook(waId, text);
  const started = performance.now();
  const arrived = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => (pending.delete(text), reject(new Error('not delivered in time'))), timeoutMs);
    pending.set(text, (at) => (clearTimeout(timer), pending.delete(text), resolve(at - started)));
  });
  arrived.catch(() => {});
  return call('/api/webhooks/whatsapp', 'POST', raw, { 'x-hub-signature-256': signature }).then((res) => {
    if (res.status !== 200) throw new Error(`webhook answered ${res.status}: ${res.text}`);
    return arrived;
  });
}

// Warm-up, not measured: each contact's first message opens its attendance, which the logged-in agent
// takes (capacity raised by the server script); a message reaches the agent's socket only once assigned.
log(`ingest: opening ${o.contacts} attendances`);
await Promise.all(waIds.map((w) => send(w, 1).catch(() => {})));
for (let i = 0; i < 600; i++) {
  const res = await call(`/api/attendances?view=active&limit=${Math.min(200, o.contacts)}`, 'GET', '', agentHeaders);
  if (res.status !== 200) throw new Error(`attendances: ${res.status} ${res.text}`);
  const items = (JSON.parse(res.text) as { items: unknown[] }).items;
  if (items.length >= o.contacts) break;
  await new Promise((r) => setTimeout(r, 100));
}
for (let round = 0; round < 3; round++) {
  for (let i = 0; i < o.contacts; i += 50) await Promise.all(waIds.slice(i, i + 50).map((w) => send(w)));
}

// 1. Saturation (closed-loop.ts): each sender owns its contacts, so a contact's messages stay in order.
log(`ingest: saturation, ${o.senders.join(' / ')} senders, ${o.messagesPerStep} messages each`);
const { steps, peak } = await closedLoopSteps(o.senders, o.messagesPerStep, (k, n, i) => {
  const mine = waIds.filter((_, c) => c % n === k);
  return send(mine[i % mine.length]!);
});

// 2. Open loop at a fixed rate, like providers delivering messages that do not wait for each other;
// last, because a rate above saturation leaves a backlog that would slow whatever ran next.
log(`ingest: open loop at ${o.rate} messages/s for ${o.seconds} s`);
const total = o.rate * o.seconds;
const sustained: Promise<number>[] = [];
const t1 = performance.now();
for (let i = 0; i < total; i++) {
  const wait = t1 + (i * 1000) / o.rate - performance.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  const sent = send(waIds[i % waIds.length]!);
  sent.catch(() => {}); // counted below; never an unhandled rejection while the loop still sends
  sustained.push(sent);
}
const settled = await Promise.allSettled(sustained);
const openSeconds = (performance.now() - t1) / 1000;
const delivered = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
const failures = [...new Set(settled.flatMap((r) => (r.status === 'rejected' ? [String((r.reason as Error).message ?? r.reason)] : [])))].slice(0, 3);

socket.disconnect();
process.stdout.write(
  `${JSON.stringify({
    openLoop: {
      ratePerSecond: o.rate,
      seconds: o.seconds,
      sent: total,
      delivered: delivered.length,
      failures,
      achievedPerSecond: round(delivered.length / openSeconds),
      p50Ms: round(percentile(delivered, 50)),
      p99Ms: round(percentile(delivered, 99)),
    },
    saturation: { messagesPerSecond: peak.messagesPerSecond, senders: peak.senders, steps },
  })}\n`,
);
process.exit(0);
