import { spawn } from 'node:child_process';

// ffmpeg (Debian's, ARCHITECTURE §2 voice) compresses and mixes recordings (SPEC VOX-04). It is a
// separate program: a missing binary is reported as such so callers keep what they have.

export class FfmpegMissing extends Error {}

/** Runs ffmpeg with these arguments; rejects with its last lines of output on failure. */
export function runFfmpeg(args: string[], bin = process.env.FFMPEG_PATH ?? 'ffmpeg'): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, ['-hide_banner', '-loglevel', 'error', '-nostdin', '-y', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
    child.on('error', (err: NodeJS.ErrnoException) => reject(err.code === 'ENOENT' ? new FfmpegMissing(`${bin} not found`) : err));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`ffmpeg exited with ${code}: ${stderr.trim()}`))));
  });
}

/** Opus in Ogg at a voice bitrate: a minute of call is about 240 KB. */
const OPUS = ['-c:a', 'libopus', '-b:a', '32k', '-f', 'ogg'];

/** A PBX's WAV (or any audio) to Ogg/Opus. */
export const transcodeArgs = (input: string, output: string) => ['-i', input, '-vn', ...OPUS, output];

export type MixSide = { file: string; /** ms from the answer to this file's first sample; negative: it started earlier. */ offsetMs: number } | null;

/**
 * The built-in call's two parties in one stereo file (caller left, agent right), from the answer
 * for exactly the call's talk time. Each file starts when its first packet arrived: it is delayed
 * or trimmed onto the answer's timeline; a side with no media is silence. A transferred call
 * (VOX-02) has one agent segment per agent who took it: they follow each other on the right channel.
 */
export function mixdownArgs(caller: MixSide, agents: MixSide | MixSide[], durationMs: number, output: string): string[] {
  const inputs: string[] = [];
  const chains: string[] = [];
  const align = (side: NonNullable<MixSide>, label: string) => {
    const n = inputs.length / 2;
    inputs.push('-i', side.file);
    const shift =
      side.offsetMs >= 0 ? `adelay=${Math.round(side.offsetMs)}:all=1` : `atrim=start=${(-side.offsetMs / 1000).toFixed(3)},asetpts=PTS-STARTPTS`;
    chains.push(`[${n}:a]aresample=48000,aformat=channel_layouts=mono,${shift},apad[${label}]`);
  };
  if (caller) align(caller, 'l');
  else chains.push('anullsrc=r=48000:cl=mono[l]');
  const segments = (Array.isArray(agents) ? agents : [agents]).filter((s): s is NonNullable<MixSide> => s !== null);
  if (!segments.length) chains.push('anullsrc=r=48000:cl=mono[r]');
  else if (segments.length === 1) align(segments[0]!, 'r');
  else {
    segments.forEach((side, i) => align(side, `r${i}`));
    // Segments do not overlap (one agent at a time): summed unscaled, each keeps its level.
    chains.push(`${segments.map((_, i) => `[r${i}]`).join('')}amix=inputs=${segments.length}:duration=longest:normalize=0[r]`);
  }
  const filter = [...chains, '[l][r]join=inputs=2:channel_layout=stereo[out]'].join(';');
  return [...inputs, '-filter_complex', filter, '-map', '[out]', '-t', (Math.max(0, durationMs) / 1000).toFixed(3), ...OPUS, output];
}
