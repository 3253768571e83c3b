import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyBaseLogger } from 'fastify';
import type { Scope } from '../../../platform/db/tenant.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { newBlobKey } from '../../../platform/storage/storage.js';
import { compressRecording, isUncompressed } from '../media/compress.js';
import { voiceRepo, type CallRow } from '../voice.repository.js';
import { markRecordingStored } from './store-recording.js';

// SPEC VOX-04, VOX-06b: a PBX hands over a recording by URL; Atende fetches it (never from the
// instance's own network unless ALLOW_PRIVATE_TARGETS=true) in a job with retries, keeps it in blob
// storage and links it to the call and its attendance.

export const RECORDING_FETCH_JOB = 'voice.recording-fetch';
type RecordingFetchJob = { organizationId: string; recordingId: string };
/** Recordings larger than this are refused (a two-hour call in mp3 is well under it). */
const MAX_BYTES = 200 * 1024 * 1024;
const ATTEMPTS = 5;

/** Records the URL once per call and enqueues its fetch; false when the call already has one. */
export async function attachRecording(platform: Platform, s: Scope, call: CallRow, url: string): Promise<boolean> {
  const row = await voiceRepo.insertRecording(s, { callId: call.id, attendanceId: call.attendanceId, sourceUrl: url });
  if (!row) return false;
  await platform.jobs.sendInTx(s, RECORDING_FETCH_JOB, { organizationId: s.organizationId, recordingId: row.id } satisfies RecordingFetchJob);
  return true;
}

class FetchRefused extends Error {}

export function registerRecordingFetchJob(platform: Platform, log: FastifyBaseLogger) {
  const settle = (job: RecordingFetchJob, values: Parameters<typeof voiceRepo.updateRecording>[2]) =>
    platform.tenant.inTenant(job.organizationId, null, (s) => voiceRepo.updateRecording(s, job.recordingId, values));

  platform.jobs.register<RecordingFetchJob>(
    RECORDING_FETCH_JOB,
    async (job, meta) => {
      const rec = await platform.tenant.inTenant(job.organizationId, null, (s) => voiceRepo.recordingById(s, job.recordingId));
      if (!rec || rec.status !== 'pending' || !rec.sourceUrl) return;
      const key = newBlobKey(job.organizationId, 'recordings');
      try {
        const res = await platform.outboundFetch(rec.sourceUrl, { timeoutMs: 60_000 });
        if (res.status >= 400 && res.status < 500 && res.status !== 429) throw new FetchRefused(`HTTP ${res.status}`);
        if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
        const declared = Number(res.headers.get('content-length') ?? 0);
        if (declared > MAX_BYTES) throw new FetchRefused('too large');
        const received = (res.headers.get('content-type') ?? 'audio/mpeg').split(';')[0]!.trim() || 'audio/mpeg';
        // VOX-04: a WAV is compressed to Ogg/Opus first (through a temporary file); others stream straight in.
        const { size, contentType } = isUncompressed(received, rec.sourceUrl)
          ? await putCompressed(platform, key, Readable.fromWeb(res.body as never), received, rec.sourceUrl, log)
          : { ...(await platform.storage.put(key, Readable.fromWeb(res.body as never), { contentType: received })), contentType: received };
        const stored = await platform.tenant.inTenant(job.organizationId, null, (s) =>
          markRecordingStored(platform, s, rec.id, { storageKey: key, contentType, size }),
        );
        if (!stored) await platform.storage.delete(key); // the recording was removed meanwhile
      } catch (err) {
        const refused = err instanceof FetchRefused || (err instanceof AppError && err.code === 'TARGET_NOT_ALLOWED');
        const lastError = err instanceof AppError ? err.code : err instanceof Error ? err.message.slice(0, 500) : 'failed';
        const attempt = (meta as { retryCount?: number }).retryCount ?? 0;
        log.warn({ err, recordingId: rec.id }, 'recording fetch failed');
        if (refused || attempt + 1 >= ATTEMPTS) return void (await settle(job, { status: 'failed', lastError }));
        await settle(job, { lastError });
        throw err; // pg-boss tries again with backoff
      }
    },
    { retryLimit: ATTEMPTS - 1, retryDelay: 2, retryBackoff: true, work: { includeMetadata: true } },
  );
}

async function putCompressed(platform: Platform, key: string, body: Readable, contentType: string, url: string, log: FastifyBaseLogger) {
  const dir = await mkdtemp(path.join(tmpdir(), 'atende-rec-'));
  try {
    const input = path.join(dir, 'in.wav');
    await pipeline(body, createWriteStream(input));
    const file = await compressRecording({ path: input, contentType }, log, undefined, url);
    const { size } = await platform.storage.put(key, createReadStream(file.path), { contentType: file.contentType });
    return { size, contentType: file.contentType };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
