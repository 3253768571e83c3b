// Channel-ingest figures (SPEC CH-02): signed WhatsApp webhook → stored → attendance/message → the
// assigned agent's socket, with the server (ingest-server.ts) and the load generator
// (ingest-load.ts) in their own processes: p50/p99 at 200 messages/s (open loop) and the saturation
// rate (the highest throughput of closed loops of 50, 100 and 200 senders), beside the raw floor
// measured the same way on the same machine in the same run.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { BATCHED, ingestFloor } from './ingest-floor.js';
import { log, round } from './stats.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export type BenchServer = {
  child: ChildProcess;
  info: { url: string; appSecret: string; phoneNumberId: string; channelId: string; widgetToken: string };
  lines: ReturnType<typeof createInterface>;
};

/** Starts ingest-server.ts in its own Node process; resolves once it listens. */
export async function startIngestServer(kind: 'pglite' | 'postgres', url: string | undefined): Promise<BenchServer> {
  const extra = process.env.BENCH_SERVER_NODE_OPTIONS ? process.env.BENCH_SERVER_NODE_OPTIONS.split(' ') : [];
  const child = spawn(process.execPath, [...extra, '--import', 'tsx', path.join(here, 'ingest-server.ts'), kind, ...(url ? [url] : [])], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`bench server exited with ${code}`);
  });
  const line = await Promise.race([new Promise<string>((resolve) => lines.once('line', resolve)), exited]);
  return { child, info: JSON.parse(line) as BenchServer['info'], lines };
}

export async function stopServer(server: BenchServer) {
  const gone = once(server.child, 'exit');
  server.child.kill('SIGTERM');
  // A backlog left by a rate above saturation would hold a graceful close for minutes: not measured.
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 5000);
  await gone;
  clearTimeout(timer);
}

/** Runs a script of this folder in its own process; resolves with its last stdout line, parsed. */
export async function runChild(script: string, args: string[], env: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, script), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  const [code] = (await once(child, 'exit')) as [number];
  if (code !== 0) throw new Error(`${script} exited with ${code}`);
  return JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, unknown>;
}

const loadavg = () => os.loadavg().map((l) => round(l));

export async function channelIngestBench(
  kind: 'pglite' | 'postgres',
  databaseUrl: string | undefined,
  opts = { contacts: 200, rate: 200, seconds: 10, senders: [50, 100, 200], messagesPerStep: 3000 },
) {
  const loadBefore = loadavg();
  const server = await startIngestServer(kind, databaseUrl);
  let ours: Record<string, unknown>;
  try {
    const { url, appSecret, phoneNumberId, channelId } = server.info;
    ours = await runChild('ingest-load.ts', [JSON.stringify({ base: url, appSecret, phoneNumberId, ...opts })], { BENCH_CHANNEL_ID: channelId });
  } finally {
    await stopServer(server);
  }
  log(`${kind}: floor, ${opts.senders.join(' / ')} senders`);
  const floor = await ingestFloor(kind, databaseUrl, { senders: opts.senders, messagesPerStep: opts.messagesPerStep });
  const saturation = ours.saturation as { messagesPerSecond: number };
  const open = ours.openLoop as { p99Ms: number; delivered: number; sent: number };
  const ratio = Math.round((saturation.messagesPerSecond / floor.messagesPerSecond) * 100) / 100;
  const target = kind === 'postgres' ? { messagesPerSecond: 1000, ofFloor: 0.5, p99MsAt200: 100 } : { messagesPerSecond: 300 };
  const met =
    saturation.messagesPerSecond >= target.messagesPerSecond &&
    (kind === 'pglite' || (ratio >= 0.5 && open.delivered === open.sent && open.p99Ms < 100));
  return {
    name: `channel-ingest-${kind}`,
    database: kind,
    contacts: opts.contacts,
    ...ours,
    floor,
    ratioToFloor: ratio,
    batched: BATCHED,
    target: { ...target, met },
    loadavg: { before: loadBefore, after: loadavg() },
  };
}
