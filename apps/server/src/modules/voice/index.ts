// Voice (ARCHITECTURE §3): calls from a PBX (CTI API) or the built-in path, their ringing of voice
// queues' agents, the agent's call actions, recordings and telephony settings (SPEC VOX-01…VOX-07).
export { voicePlugin } from './voice.plugin.js';
export { seedVoiceDemo } from './seed-demo.js';
export { sweepExpiredRecordings } from './recordings/retention.js';

import type { Scope } from '../../platform/db/tenant.js';
import { voiceRepo } from './voice.repository.js';

/** PAN-11: calls that ended unanswered since a moment, per queue (the wallboard's "abandonadas"). */
export const abandonedCallsSince = (s: Scope, since: Date): Promise<Map<string | null, number>> => voiceRepo.abandonedSince(s, since);

/**
 * VOX-06a, the built-in path: a call placed from the widget or the alert app (signalled and carried
 * by Atende itself) enters like a PBX's — an attendance in its voice queue, rung to its agents.
 * `builtinCallerLink` serves one caller's socket (`call.start`, `call.hangup`, gone).
 */
export { builtinCallerLink, startBuiltinCall, type BuiltinCaller, type BuiltinCallInput } from './rtc/builtin-calls.js';

import { signedRecordingLink } from './recordings/signed-link.js';
/** SPEC CRM-02: a recording's signed download link, for a CRM record (opens without a session). */
export { signedRecordingLink };

/** SPEC CRM-01, CRM-02: what a CRM needs of one call: who called, who answered, the protocol, how long. */
export type CallForCrm = {
  id: string;
  direction: 'in' | 'out';
  state: 'ringing' | 'answered' | 'ended';
  fromNumber: string;
  toNumber: string;
  agentId: string | null;
  personId: string | null;
  attendanceId: string | null;
  protocol: string | null;
  answeredAt: Date | null;
  durationSeconds: number;
  /** The stored recording's id, once it is ready. */
  recordingId: string | null;
};
export async function callForCrm(s: Scope, callId: string): Promise<CallForCrm | undefined> {
  const call = await voiceRepo.callById(s, callId);
  if (!call) return undefined;
  const recording = await voiceRepo.recordingOfCall(s, callId);
  return {
    id: call.id,
    direction: call.direction,
    state: call.state,
    fromNumber: call.fromNumber,
    toNumber: call.toNumber,
    agentId: call.agentId,
    personId: call.personId,
    attendanceId: call.attendanceId,
    protocol: call.protocol,
    answeredAt: call.answeredAt,
    durationSeconds: call.durationSeconds,
    recordingId: recording?.status === 'stored' ? recording.id : null,
  };
}
