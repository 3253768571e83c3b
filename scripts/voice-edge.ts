// Atende's reference SIP edge (SPEC VOX-06) as child processes: rtpengine (userspace, loopback)
// and Kamailio (registrar, SIP over WebSocket + UDP), configured from voice/ in the repository.
// Used by `npm run voice:dev` and by the voice browser test, so both run the same edge.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishRecordings, type RecordingPublisher } from './voice-recordings.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const VOICE_DIR = path.join(ROOT, 'voice');

/** Debian packages of the edge (Debian 12: Kamailio 5.6, rtpengine 10.5, baresip 1.0). */
export const VOICE_PACKAGES = ['kamailio', 'kamailio-websocket-modules', 'kamailio-utils-modules', 'rtpengine-daemon', 'baresip'];
const BINARIES: Record<string, string> = { kamailio: '/usr/sbin/kamailio', rtpengine: '/usr/bin/rtpengine', baresip: '/usr/bin/baresip' };

/** Throws a message naming the packages to install when a binary of the edge is missing. */
export function assertVoicePackages(needed: (keyof typeof BINARIES)[] = ['kamailio', 'rtpengine']): void {
  const missing = needed.filter((name) => !existsSync(BINARIES[name]!) && spawnSync('which', [name]).status !== 0);
  if (missing.length > 0) {
    throw new Error(
      `The SIP edge needs ${missing.join(', ')}: install the Debian packages with\n` +
        `  apt-get install -y --no-install-recommends ${VOICE_PACKAGES.join(' ')}`,
    );
  }
}

export type VoiceAccount = { extension: string; password: string };

export type VoiceEdgeOptions = {
  /** Where the runtime config, logs and recordings go; a fresh temp folder by default. */
  dir?: string;
  /** Atende's base URL, for the CTI events Kamailio posts. */
  atendeUrl?: string;
  ctiToken?: string;
  sipPort?: number;
  wsPort?: number;
  ngPort?: number;
  /** First RTP port; rtpengine uses 200 from there. */
  rtpPortMin?: number;
  /** Port of the recordings' HTTP server; any free one by default. */
  recordingsPort?: number;
  /** The agents' SIP accounts (user = the "Ramal"); the demo users' by default. */
  accounts?: VoiceAccount[];
  /** Child output goes here (voice:dev: the terminal); otherwise to log files in `dir`. */
  stdio?: 'inherit' | 'files';
};

export type VoiceEdge = {
  dir: string;
  /** What browsers register to (JsSIP). */
  wsUrl: string;
  /** host:port of SIP over UDP, for phones such as baresip. */
  sipUdp: string;
  /** pcap recordings of calls (rtpengine). */
  recordingDir: string;
  /** Where finished calls' WAVs are served (the `recordingUrl` of the CTI `recording` events). */
  recordingsUrl: string;
  stop(): Promise<void>;
};

export function demoAccounts(password = process.env.DEMO_PASSWORD ?? 'demo1234'): VoiceAccount[] {
  // The demo's "Ramal" of each user (tenancy seed): admin, supervisor, agente, agente2.
  return ['1000', '1001', '2001', '2002'].map((extension) => ({ extension, password }));
}

function kamailioString(value: string): string {
  return `"${value.replace(/[\\"]/g, '')}"`;
}

function usersCfg(accounts: VoiceAccount[]): string {
  const lines = accounts
    .filter((a) => /^[0-9A-Za-z_.-]+$/.test(a.extension))
    .map((a) => `\t$sht(sipusers=>${a.extension}) = ${kamailioString(a.password)};`);
  return `event_route[htable:mod-init] {\n${lines.join('\n')}\n}\n`;
}

function waitExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function retry<T>(what: string, attempts: number, fn: () => Promise<T>, children: ChildProcess[]): Promise<T> {
  let last: unknown;
  for (let i = 0; i < attempts; i++) {
    const dead = children.find((c) => c.exitCode !== null || c.signalCode !== null);
    if (dead) throw new Error(`${what}: ${dead.spawnfile} exited with ${dead.exitCode ?? dead.signalCode}`);
    try {
      return await fn();
    } catch (error) {
      last = error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${what}: ${last instanceof Error ? last.message : String(last)}`);
}

/** rtpengine's control protocol answers a bencoded ping. */
function pingNg(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    const timer = setTimeout(() => {
      socket.close();
      reject(new Error('rtpengine did not answer its ping'));
    }, 300);
    socket.once('message', (msg) => {
      clearTimeout(timer);
      socket.close();
      if (msg.toString().includes('pong')) resolve();
      else reject(new Error(`rtpengine answered ${msg.toString()}`));
    });
    socket.send('atende d7:command4:pinge', port, '127.0.0.1');
  });
}

function tcpOpen(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve();
    });
    socket.once('error', reject);
  });
}

/** Starts rtpengine then Kamailio; resolves once both answer. `stop()` ends both. */
export async function startVoiceEdge(options: VoiceEdgeOptions = {}): Promise<VoiceEdge> {
  assertVoicePackages();
  const dir = options.dir ?? mkdtempSync(path.join(tmpdir(), 'atende-voice-'));
  mkdirSync(dir, { recursive: true });
  const sipPort = options.sipPort ?? 5060;
  const wsPort = options.wsPort ?? 5066;
  const ngPort = options.ngPort ?? 2223;
  const rtpPortMin = options.rtpPortMin ?? 30000;
  const recordingDir = path.join(dir, 'recordings');
  mkdirSync(recordingDir, { recursive: true });

  copyFileSync(path.join(VOICE_DIR, 'kamailio/kamailio.cfg'), path.join(dir, 'kamailio.cfg'));
  writeFileSync(path.join(dir, 'users.cfg'), usersCfg(options.accounts ?? demoAccounts()));

  const stdio = (name: string): ['ignore', 'inherit' | number, 'inherit' | number] => {
    if (options.stdio === 'inherit') return ['ignore', 'inherit', 'inherit'];
    const fd = openLog(path.join(dir, `${name}.log`));
    return ['ignore', fd, fd];
  };

  const children: ChildProcess[] = [];
  let recordings: RecordingPublisher | undefined;
  const stop = async () => {
    await recordings?.close();
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await Promise.all(children.map(waitExit));
  };
  try {
    // rtpengine may abort while it shuts down; its core dump (tens of MB) is of no use to anyone
    // here, so none is written (and its working directory is the edge's, not the caller's).
    const rtpengine = spawn(
      '/bin/sh',
      [
        '-c',
        'ulimit -c 0; exec "$0" "$@"',
        BINARIES.rtpengine!,
        `--config-file=${path.join(VOICE_DIR, 'rtpengine/rtpengine.conf')}`,
        `--listen-ng=127.0.0.1:${ngPort}`,
        `--port-min=${rtpPortMin}`,
        `--port-max=${rtpPortMin + 199}`,
        `--recording-dir=${recordingDir}`,
        `--pidfile=${path.join(dir, 'rtpengine.pid')}`,
      ],
      { stdio: stdio('rtpengine'), cwd: dir },
    );
    children.push(rtpengine);
    await retry('rtpengine did not start', 50, () => pingNg(ngPort), children);

    const kamailio = spawn(
      BINARIES.kamailio!,
      [
        '-DD', // foreground, no daemon: it ends with us
        '-E',
        '-f',
        path.join(dir, 'kamailio.cfg'),
        '-P',
        path.join(dir, 'kamailio.pid'),
        '-Y',
        dir, // runtime dir (control sockets)
        '-A',
        `SIP_UDP=udp:127.0.0.1:${sipPort}`,
        '-A',
        `SIP_WS=tcp:127.0.0.1:${wsPort}`,
        '-A',
        `RTPENGINE_NG="udp:127.0.0.1:${ngPort}"`,
        '-A',
        `ATENDE_URL=${kamailioString(options.atendeUrl ?? 'http://127.0.0.1:3000')}`,
        '-A',
        `CTI_TOKEN=${kamailioString(options.ctiToken ?? 'demo-cti-token')}`,
      ],
      { stdio: stdio('kamailio'), cwd: dir },
    );
    children.push(kamailio);
    await retry('Kamailio did not start', 100, () => tcpOpen(wsPort), children);
    recordings = await publishRecordings({
      recordingDir,
      ctiUrl: `${options.atendeUrl ?? 'http://127.0.0.1:3000'}/api/voice/cti/${options.ctiToken ?? 'demo-cti-token'}`,
      port: options.recordingsPort,
      log: options.stdio === 'inherit' ? (line) => console.log(line) : undefined,
    });
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    dir,
    wsUrl: `ws://127.0.0.1:${wsPort}`,
    sipUdp: `127.0.0.1:${sipPort}`,
    recordingDir,
    recordingsUrl: recordings!.url,
    async stop() {
      await stop();
      if (!options.dir && options.stdio === 'inherit') rmSync(dir, { recursive: true, force: true });
    },
  };
}

function openLog(file: string): number {
  return openSync(file, 'a');
}
