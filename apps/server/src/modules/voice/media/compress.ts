import { rm } from 'node:fs/promises';
import type { FastifyBaseLogger } from 'fastify';
import { FfmpegMissing, runFfmpeg, transcodeArgs } from './ffmpeg.js';

// SPEC VOX-04: recordings are kept compressed. A PBX's WAV becomes Ogg/Opus before it is stored;
// without ffmpeg (or when it fails) the original is kept, with a warning in the log.

const UNCOMPRESSED = new Set(['audio/wav', 'audio/x-wav', 'audio/wave', 'audio/vnd.wave']);

export const isUncompressed = (contentType: string, url = '') => UNCOMPRESSED.has(contentType.toLowerCase()) || /\.wav(\?|$)/i.test(url);

export type AudioFile = { path: string; contentType: string };

/** The file to store: `input` as Ogg/Opus when it is uncompressed and ffmpeg can do it, else `input`. */
export async function compressRecording(
  input: AudioFile,
  log: Pick<FastifyBaseLogger, 'warn'>,
  run: typeof runFfmpeg = runFfmpeg,
  sourceUrl = '',
): Promise<AudioFile> {
  if (!isUncompressed(input.contentType, sourceUrl)) return input;
  const output = `${input.path}.ogg`;
  try {
    await run(transcodeArgs(input.path, output));
    return { path: output, contentType: 'audio/ogg' };
  } catch (err) {
    await rm(output, { force: true });
    log.warn(
      { err },
      err instanceof FfmpegMissing ? 'ffmpeg is not installed: recording kept uncompressed' : 'recording not compressed: kept as received',
    );
    return input;
  }
}
