import type { AlertView } from '@atende/shared';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors.js';
import { streamUpload } from '../../platform/http/uploads.js';
import type { Platform } from '../../platform/platform.js';
import { newBlobKey } from '../../platform/storage/storage.js';
import type { AppPrincipal } from './app-session.js';
import { toAlertView } from './alert-view.js';
import { alertsRepo } from './alerts.repository.js';

const MAX_BYTES = 2 * 1024 * 1024;

/** The recorders browsers have (MediaRecorder): WebM, Ogg or MP4, told by their first bytes. */
export function audioType(head: Buffer): string | undefined {
  if (head.length >= 4 && head.readUInt32BE(0) === 0x1a45dfa3) return 'audio/webm';
  if (head.subarray(0, 4).toString('latin1') === 'OggS') return 'audio/ogg';
  if (head.length >= 8 && head.subarray(4, 8).toString('latin1') === 'ftyp') return 'audio/mp4';
  return undefined;
}

/** SPEC ALR-01: one short voice message per alert, from the user who fired it. */
export async function attachVoiceNoteCommand(platform: Platform, p: AppPrincipal, alertId: string, req: FastifyRequest): Promise<AlertView> {
  const own = await platform.tenant.inTenant(p.organizationId, null, (s) => alertsRepo.byId(s, alertId));
  if (!own || own.appUserId !== p.appUserId) throw new AppError('ALERT_NOT_FOUND');
  if (own.voiceNoteKey) throw new AppError('ALERT_VOICE_NOTE_EXISTS');
  const upload = await streamUpload(req, platform.storage, {
    key: newBlobKey(p.organizationId, 'media'),
    codes: { invalid: 'ALERT_VOICE_NOTE_INVALID', tooLarge: 'ALERT_VOICE_NOTE_TOO_LARGE' },
    maxBytes: MAX_BYTES,
    detect: audioType,
  });
  return platform.tenant.inTenant(p.organizationId, null, async (s) => {
    s.onRollback(() => platform.storage.delete(upload.key));
    if (!(await alertsRepo.setVoiceNote(s, alertId, { key: upload.key, mime: upload.contentType, size: upload.size }))) {
      throw new AppError('ALERT_VOICE_NOTE_EXISTS');
    }
    const alert = toAlertView((await alertsRepo.byId(s, alertId))!);
    await platform.events.emit(s, 'alert.changed', { alert });
    return alert;
  });
}
