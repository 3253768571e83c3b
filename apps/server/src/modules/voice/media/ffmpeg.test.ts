import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compressRecording, isUncompressed } from './compress.js';
import { FfmpegMissing, mixdownArgs, runFfmpeg, transcodeArgs } from './ffmpeg.js';

// SPEC VOX-04: recordings are kept compressed (Ogg/Opus); without ffmpeg the original is kept.

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
const scratch = async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'atende-ffmpeg-test-'));
  dirs.push(dir);
  return dir;
};
const warnings = () => {
  const seen: string[] = [];
  return { seen, log: { warn: (_o: unknown, msg?: string) => void seen.push(msg ?? '') } };
};

describe('transcoding a PBX recording', () => {
  it('asks ffmpeg for Opus in Ogg at a voice bitrate', () => {
    const args = transcodeArgs('/tmp/in.wav', '/tmp/out.ogg');
    expect(args.slice(0, 2)).toEqual(['-i', '/tmp/in.wav']);
    expect(args).toEqual(expect.arrayContaining(['-c:a', 'libopus', '-f', 'ogg']));
    expect(args.at(-1)).toBe('/tmp/out.ogg');
  });

  it('compresses only uncompressed audio (WAV by type or by name)', () => {
    expect(isUncompressed('audio/wav')).toBe(true);
    expect(isUncompressed('audio/x-wav')).toBe(true);
    expect(isUncompressed('application/octet-stream', 'http://pbx/rec/1.wav')).toBe(true);
    expect(isUncompressed('audio/mpeg', 'http://pbx/rec/1.mp3')).toBe(false);
  });

  it('keeps the original, with a warning, when ffmpeg is not installed', async () => {
    const dir = await scratch();
    const input = { path: path.join(dir, 'in.wav'), contentType: 'audio/wav' };
    await writeFile(input.path, 'RIFF');
    const { seen, log } = warnings();
    const missing = () => runFfmpeg(['-version'], path.join(dir, 'no-such-ffmpeg'));
    await expect(missing()).rejects.toBeInstanceOf(FfmpegMissing);
    const out = await compressRecording(input, log, (args) => runFfmpeg(args, path.join(dir, 'no-such-ffmpeg')));
    expect(out).toEqual(input);
    expect(seen).toEqual(['ffmpeg is not installed: recording kept uncompressed']);
    expect(await readFile(input.path, 'utf8')).toBe('RIFF');
  });

  it('answers the Ogg file when ffmpeg succeeds', async () => {
    const { log } = warnings();
    const calls: string[][] = [];
    const out = await compressRecording({ path: '/tmp/x.wav', contentType: 'audio/wav' }, log, async (args) => void calls.push(args));
    expect(out).toEqual({ path: '/tmp/x.wav.ogg', contentType: 'audio/ogg' });
    expect(calls[0]).toEqual(transcodeArgs('/tmp/x.wav', '/tmp/x.wav.ogg'));
  });
});

describe('mixing a built-in call', () => {
  it('puts the caller left and the agent right on the answer timeline, for exactly the talk time', () => {
    const args = mixdownArgs({ file: 'c.webm', offsetMs: -4200 }, { file: 'a.webm', offsetMs: 350 }, 3210, 'out.ogg');
    const filter = args[args.indexOf('-filter_complex') + 1];
    // The caller was recorded while ringing: trimmed to the answer. The agent joined later: delayed.
    expect(filter).toContain('[0:a]aresample=48000,aformat=channel_layouts=mono,atrim=start=4.200,asetpts=PTS-STARTPTS,apad[l]');
    expect(filter).toContain('[1:a]aresample=48000,aformat=channel_layouts=mono,adelay=350:all=1,apad[r]');
    expect(filter).toContain('[l][r]join=inputs=2:channel_layout=stereo[out]');
    expect(args.slice(args.indexOf('-t'), args.indexOf('-t') + 2)).toEqual(['-t', '3.210']);
    expect(args.at(-1)).toBe('out.ogg');
  });

  it('yields a stereo Ogg/Opus file as long as the talk time (real ffmpeg)', async () => {
    const dir = await scratch();
    const tone = (file: string, seconds: number) =>
      runFfmpeg(['-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`, '-c:a', 'libopus', path.join(dir, file)]);
    await tone('caller.webm', 5);
    await tone('agent.webm', 2);
    const out = path.join(dir, 'call.ogg');
    await runFfmpeg(
      mixdownArgs({ file: path.join(dir, 'caller.webm'), offsetMs: -1000 }, { file: path.join(dir, 'agent.webm'), offsetMs: 500 }, 3000, out),
    );
    const probe = await new Promise<string>((resolve, reject) =>
      execFile('ffprobe', ['-v', 'error', '-show_entries', 'format=duration:stream=channels,codec_name', '-of', 'json', out], (err, stdout) =>
        err ? reject(err) : resolve(stdout),
      ),
    );
    const info = JSON.parse(probe) as { format: { duration: string }; streams: { channels: number; codec_name: string }[] };
    expect(info.streams[0]).toMatchObject({ channels: 2, codec_name: 'opus' });
    expect(Math.abs(Number(info.format.duration) - 3)).toBeLessThan(0.1);
  });

  it("puts a transferred call's agents one after the other on the agent side, as long as the whole call (real ffmpeg)", async () => {
    const dir = await scratch();
    const tone = (file: string, seconds: number, hz: number) =>
      runFfmpeg(['-f', 'lavfi', '-i', `sine=frequency=${hz}:duration=${seconds}`, '-c:a', 'libopus', path.join(dir, file)]);
    await tone('caller.webm', 6, 440);
    await tone('agent-a.webm', 2, 660);
    await tone('agent-b.webm', 2, 880);
    const out = path.join(dir, 'call.ogg');
    const args = mixdownArgs(
      { file: path.join(dir, 'caller.webm'), offsetMs: 0 },
      [
        { file: path.join(dir, 'agent-a.webm'), offsetMs: 0 },
        { file: path.join(dir, 'agent-b.webm'), offsetMs: 3000 },
      ],
      5000,
      out,
    );
    expect(args.filter((a) => a === '-i')).toHaveLength(3);
    expect(args[args.indexOf('-filter_complex') + 1]).toContain('[r0][r1]amix=inputs=2:duration=longest:normalize=0[r]');
    await runFfmpeg(args);
    const probe = await new Promise<string>((resolve, reject) =>
      execFile('ffprobe', ['-v', 'error', '-show_entries', 'format=duration:stream=channels', '-of', 'json', out], (err, stdout) =>
        err ? reject(err) : resolve(stdout),
      ),
    );
    const info = JSON.parse(probe) as { format: { duration: string }; streams: { channels: number }[] };
    expect(info.streams[0]!.channels).toBe(2);
    expect(Math.abs(Number(info.format.duration) - 5)).toBeLessThan(0.1);
  });

  it('fills a side without media with silence', () => {
    const args = mixdownArgs({ file: 'c.webm', offsetMs: 0 }, null, 1000, 'out.ogg');
    expect(args.filter((a) => a === '-i')).toHaveLength(1);
    expect(args[args.indexOf('-filter_complex') + 1]).toContain('anullsrc=r=48000:cl=mono[r]');
  });
});
