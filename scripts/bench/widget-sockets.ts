// 10,000 idle web-chat visitors on one instance (SPEC CH-01): the server's resident memory before and
// after they connect (target under 1.5 GB), and the time for one push to reach every one of them
// (one `typing` push into each visitor's own room, the way every visitor-facing push is addressed).
// The server (ingest-server.ts) and the visitors (widget-clients.ts) run in their own processes.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startIngestServer, stopServer } from './channel-ingest.js';
import { log, round } from './stats.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Resident and peak memory of a process, in MB (Linux). */
function memoryOf(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rssMb: round(kb('VmRSS') / 1024), peakMb: round(kb('VmHWM') / 1024) };
}

const fdLimit = () => {
  const line = readFileSync('/proc/self/limits', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('Max open files'));
  return Number(line?.split(/\s+/)[3]);
};

export async function widgetSocketsBench(kind: 'pglite' | 'postgres', databaseUrl: string | undefined, count = 10_000) {
  const loadBefore = os.loadavg().map((l) => round(l));
  const server = await startIngestServer(kind, databaseUrl);
  const pid = server.child.pid!;
  try {
    await new Promise((r) => setTimeout(r, 2000));
    const before = memoryOf(pid);
    log(`widget: server ${before.rssMb} MB; ${count} visitors`);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(here, 'widget-clients.ts'), JSON.stringify({ base: server.info.url, token: server.info.widgetToken, count })],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    const lines = createInterface({ input: child.stdout! });
    // Lines are queued as they come, so none is lost between two awaits.
    const queued: Record<string, unknown>[] = [];
    const waiting: ((v: Record<string, unknown>) => void)[] = [];
    lines.on('line', (l) => {
      const v = JSON.parse(l) as Record<string, unknown>;
      const w = waiting.shift();
      if (w) w(v);
      else queued.push(v);
    });
    const next = () => new Promise<Record<string, unknown>>((resolve) => (queued.length ? resolve(queued.shift()!) : waiting.push(resolve)));
    const up = await next();
    await new Promise((r) => setTimeout(r, 3000)); // let the handshakes' garbage settle
    const after = memoryOf(pid);
    log(`widget: ${String(up.connected)} connected; server ${after.rssMb} MB`);
    child.stdin!.write('go\n');
    await next(); // the trigger: relay it to the server at once
    server.child.stdin!.write('broadcast\n');
    const reached = await next();
    await once(child, 'exit');
    const connected = Number(up.connected);
    return {
      name: 'widget-sockets-10k',
      database: kind,
      visitors: { wanted: count, ...up },
      fileDescriptorLimit: fdLimit(),
      serverMemory: { before, after, perSocketKb: round(((after.rssMb - before.rssMb) * 1024) / Math.max(1, connected)) },
      push: { event: 'typing into each visitor room', ...reached },
      target: { rssMb: 1536, met: after.rssMb < 1536 && connected === count },
      loadavg: { before: loadBefore, after: os.loadavg().map((l) => round(l)) },
    };
  } finally {
    await stopServer(server);
  }
}
