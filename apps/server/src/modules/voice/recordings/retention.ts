import type { FastifyBaseLogger } from 'fastify';
import type { Platform } from '../../../platform/platform.js';
import { addAttendanceEvent } from '../../attendances/index.js';
import { voiceRepo } from '../voice.repository.js';

const DAY_MS = 86_400_000;

/**
 * SPEC VOX-04 (SAC): recordings are kept for the organization's retention (90 days by default) and
 * then deleted, blob first. Every instance runs it daily; deletes are idempotent, so overlapping
 * runs do no harm. Returns how many were deleted.
 */
export async function sweepExpiredRecordings(platform: Platform, now = new Date()): Promise<number> {
  let deleted = 0;
  for (const settings of await platform.tenant.inSystem((s) => voiceRepo.allSettings(s))) {
    const before = new Date(now.getTime() - settings.recordingRetentionDays * DAY_MS);
    await platform.tenant.inTenant(settings.organizationId, null, async (s) => {
      for (const rec of await voiceRepo.expiredRecordings(s, before)) {
        if (rec.storageKey) await platform.storage.delete(rec.storageKey);
        await voiceRepo.deleteRecording(s, rec.id);
        if (rec.attendanceId) await addAttendanceEvent(s, rec.attendanceId, 'recording_deleted', { recordingId: rec.id, reason: 'retention' });
        deleted++;
      }
    });
  }
  return deleted;
}

export function startRetentionTimer(platform: Platform, log: FastifyBaseLogger) {
  const run = () => void sweepExpiredRecordings(platform).catch((err: unknown) => log.error({ err }, 'recording retention sweep failed'));
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
