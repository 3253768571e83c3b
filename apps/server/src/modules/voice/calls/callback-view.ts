import type { CallbackTask } from '@atende/shared';
import type { CallbackRow } from '../voice.repository.js';

/** A call-back task as the API shows it (SAC: an abandoned call is returned). */
export const toCallback = (r: CallbackRow & { callerName?: string | null }): CallbackTask => ({
  id: r.id,
  callId: r.callId,
  attendanceId: r.attendanceId,
  queueId: r.queueId,
  number: r.number,
  callerName: r.callerName ?? null,
  status: r.status,
  createdAt: r.createdAt.toISOString(),
  doneAt: r.doneAt?.toISOString() ?? null,
});
