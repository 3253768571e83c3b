import type { Scope } from '../../../platform/db/tenant.js';
import { addAttendanceEvent } from '../../attendances/index.js';
import { voiceRepo, type CallRow } from '../voice.repository.js';

/**
 * SPEC VOX-02 keypad: the keys pressed on a call, by the agent or (built-in calls) the caller, are
 * kept on the call's events and on its attendance's timeline ("Teclas digitadas (DTMF): 5").
 */
export async function recordDtmf(s: Scope, call: CallRow, digits: string, from: 'agent' | 'caller') {
  await voiceRepo.addEvent(s, call.id, 'dtmf', { digits, from });
  if (call.attendanceId) await addAttendanceEvent(s, call.attendanceId, 'call_dtmf', { digits, from });
}
