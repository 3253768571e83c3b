import { createReadStream } from 'node:fs';
import type { Scope } from '../../../platform/db/tenant.js';
import type { Platform } from '../../../platform/platform.js';
import { newBlobKey } from '../../../platform/storage/storage.js';
import { addAttendanceEvent } from '../../attendances/index.js';
import { voiceRepo } from '../voice.repository.js';

// SPEC VOX-04: a recording in blob storage becomes visible at once in "Gravações", on its
// attendance and to webhooks (`recording.ready`), whichever path made it (PBX or built-in).

export async function markRecordingStored(
  platform: Platform,
  s: Scope,
  recordingId: string,
  blob: { storageKey: string; contentType: string; size: number },
) {
  const row = await voiceRepo.updateRecording(s, recordingId, { status: 'stored', ...blob, storedAt: new Date(), lastError: null });
  if (row?.attendanceId) await addAttendanceEvent(s, row.attendanceId, 'recording_stored', { recordingId: row.id, size: blob.size });
  if (row) await platform.events.emit(s, 'recording.ready', { recordingId: row.id, callId: row.callId, attendanceId: row.attendanceId });
  return row;
}

/** A file recorded by Atende itself (the built-in path) stored as the call's recording. */
export async function storeCallRecording(platform: Platform, organizationId: string, callId: string, file: { path: string; contentType: string }) {
  const storageKey = newBlobKey(organizationId, 'recordings');
  const { size } = await platform.storage.put(storageKey, createReadStream(file.path), { contentType: file.contentType });
  const stored = await platform.tenant.inTenant(organizationId, null, async (s) => {
    const call = await voiceRepo.callById(s, callId);
    if (!call) return undefined;
    const rec = await voiceRepo.insertRecording(s, { callId, attendanceId: call.attendanceId, sourceUrl: null });
    return rec && markRecordingStored(platform, s, rec.id, { storageKey, contentType: file.contentType, size });
  });
  if (!stored) await platform.storage.delete(storageKey);
  return stored;
}
