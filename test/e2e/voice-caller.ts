// An outside caller for the voice browser test (SPEC VOX-06): baresip, headless, configured in a
// temp folder, sending a 440 Hz tone from a WAV file and dumping what it hears to WAV files
// (sndfile module). It calls once on start and hangs up when stopped or when the far end does.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const RATE = 8000;

/** A mono 16-bit PCM WAV of a sine tone. */
export function toneWav(seconds: number, hz = 440, amplitude = 8000): Buffer {
  const samples = RATE * seconds;
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write('RIFF', 0);
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write('WAVEfmt ', 8);
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(RATE, 24);
  wav.writeUInt32LE(RATE * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36);
  wav.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) wav.writeInt16LE(Math.round(amplitude * Math.sin((2 * Math.PI * hz * i) / RATE)), 44 + i * 2);
  return wav;
}

/** Root mean square of a 16-bit PCM WAV's samples (0 = silence, 32767 = full scale). */
export function wavRms(file: string): number {
  const wav = readFileSync(file);
  const dataAt = wav.indexOf('data') + 8;
  let sum = 0;
  let n = 0;
  for (let i = dataAt; i + 1 < wav.length; i += 2, n++) sum += wav.readInt16LE(i) ** 2;
  return n === 0 ? 0 : Math.sqrt(sum / n);
}

export type Caller = {
  /** The caller's own number (its SIP user). */
  number: string;
  /** The log so far (for failure messages). */
  log(): string;
  /** Resolves when baresip reports the call closed (the agent hung up). */
  closed(): Promise<void>;
  /** The WAV of what the caller heard; available after `stop()`. */
  heardWav(): string;
  stop(): Promise<void>;
};

/** Starts baresip calling `target` (e.g. sip:2000@127.0.0.1) through the proxy at `proxy` (host:port). */
export function callFromBaresip(options: { number: string; target: string; proxy: string }): Caller {
  const dir = mkdtempSync(path.join(tmpdir(), 'atende-baresip-'));
  writeFileSync(path.join(dir, 'tone.wav'), toneWav(60));
  writeFileSync(
    path.join(dir, 'config'),
    [
      'poll_method epoll',
      'sip_listen 127.0.0.1:0',
      // No sound card: playback goes to an unused bridge; what is heard is dumped by sndfile.
      'audio_player aubridge,nil',
      'audio_alert aubridge,nil',
      `audio_source aufile,${path.join(dir, 'tone.wav')}`,
      'module_path /usr/lib/baresip/modules',
      'module stdio.so',
      'module g711.so',
      'module aufile.so',
      'module aubridge.so',
      'module sndfile.so',
      `snd_path ${dir}`,
      'module_app account.so',
      'module_app menu.so',
      '',
    ].join('\n'),
  );
  writeFileSync(path.join(dir, 'accounts'), `<sip:${options.number}@127.0.0.1>;regint=0;outbound="sip:${options.proxy}";audio_codecs=PCMU\n`);
  let output = '';
  const child: ChildProcess = spawn('baresip', ['-f', dir, '-e', `/dial ${options.target}`], { stdio: ['pipe', 'pipe', 'pipe'] });
  const closed = new Promise<void>((resolve) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/session closed|terminated \(duration/.test(output)) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', () => resolve());
  });
  return {
    number: options.number,
    log: () => output.replace(/\[\d+:\d+:\d+\] audio=[^ ]+ \(bit\/s\)\s*/g, ''),
    closed: () => closed,
    heardWav() {
      const file = readdirSync(dir).find((f) => f.endsWith('-dec.wav'));
      if (!file) throw new Error(`baresip dumped no received audio:\n${this.log()}`);
      return path.join(dir, file);
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
