// The raw floor beside the channel-ingest figures, on the same machine in the same run: per message,
// the same number of single-row committed inserts as one inbound message writes on our path, through
// the same driver (pg Pool of the server's size, or PGlite), then one Socket.IO emit to a connected
// client; closed-loop senders in the same steps as the saturation search, the floor being the
// highest throughput of its steps.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { Server, type Socket as ServerSocket } from 'socket.io';
import { io as connect } from 'socket.io-client';
import { closedLoopSteps } from './closed-loop.js';

/**
 * Row writes of one inbound WhatsApp text on our path (read from the code), in the webhook's
 * transaction (shared by concurrent webhooks): the inbound event (stored already processed), the
 * message, the attendance's counters and the outbox event; then the outbox event marked dispatched
 * (batched across events after commit). The floor writes each row alone.
 */
export const WRITES_PER_MESSAGE = 5;

/** How our path shares those writes and its other statements among messages (printed with the figures). */
export const BATCHED = [
  'webhook: concurrent requests of one organization (two lanes by contact on PostgreSQL) store their raw events (one multi-row insert, already processed) and apply them in one transaction and one commit, with one lock of all their contacts and one of their conversations; each request is answered after that commit',
  "messages: one statement per group appends every message to its open conversation with the attendance counters and the outbox events; a new contact's first message, a status, a reaction or an edit is one statement of its own",
  'outbox: events dispatched meanwhile are marked dispatched by one update; the webhook-subscription check is one read outside a transaction',
  'socket: one emit per message to the agent and the attendance watchers',
];

const payload = JSON.stringify({
  object: 'whatsapp_business_account',
  entry: [
    {
      id: '200000000000077',
      changes: [{ field: 'messages', value: { contacts: [{ wa_id: '5511970000000' }], messages: [{ text: { body: 'carga' } }] } }],
    },
  ],
});

type Insert = (n: number) => Promise<unknown>;

async function driver(kind: 'pglite' | 'postgres', url: string | undefined): Promise<{ insert: Insert; close(): Promise<void> }> {
  const ddl = `create table if not exists bench_floor (id bigserial primary key, organization_id uuid not null, body text not null, payload jsonb not null, created_at timestamptz not null default now())`;
  const text = `insert into bench_floor (organization_id, body, payload) values ('00000000-0000-0000-0000-000000000001', $1, $2)`;
  if (kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // The benchmark's database is dropped with FORCE right after: a closing client's error is not a failure.
    pool.on('error', () => {});
    await pool.query(ddl);
    return { insert: (n) => pool.query(text, [`carga ${n}`, payload]), close: () => pool.end() };
  }
  const db = await PGlite.create();
  await db.query(ddl);
  return { insert: (n) => db.query(text, [`carga ${n}`, payload]), close: () => db.close() };
}

export async function ingestFloor(kind: 'pglite' | 'postgres', url: string | undefined, opts: { senders: number[]; messagesPerStep: number }) {
  const db = await driver(kind, url);
  const http = createServer();
  const server = new Server(http);
  http.listen(0, '127.0.0.1');
  await once(http, 'listening');
  const client = connect(`http://127.0.0.1:${(http.address() as AddressInfo).port}`, { transports: ['websocket'], forceNew: true });
  const [serverSocket] = await Promise.all([
    new Promise<ServerSocket>((resolve) => server.once('connection', resolve)),
    new Promise<void>((resolve) => client.once('connect', () => resolve())),
  ]);
  const pending = new Map<number, () => void>();
  client.on('m', (n: number) => pending.get(n)?.());
  let next = 0;

  async function message() {
    const n = ++next;
    const started = performance.now();
    for (let i = 0; i < WRITES_PER_MESSAGE; i++) await db.insert(n);
    const arrived = new Promise<void>((resolve) => pending.set(n, resolve));
    serverSocket.emit('m', n);
    await arrived;
    pending.delete(n);
    return performance.now() - started;
  }

  for (let i = 0; i < 200; i++) await message(); // warm-up
  const { steps, peak } = await closedLoopSteps(opts.senders, opts.messagesPerStep, () => message());
  client.disconnect();
  await server.close();
  await db.close();
  return { writesPerMessage: WRITES_PER_MESSAGE, messagesPerSecond: peak.messagesPerSecond, senders: peak.senders, steps };
}
