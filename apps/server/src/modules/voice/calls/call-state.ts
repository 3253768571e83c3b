import type { CallState } from '@atende/shared';

// SPEC VOX-01…VOX-03: the call's state machine, pure so it is unit-tested. ringing → answered →
// ended; ended straight from ringing is an abandoned call. A PBX may repeat events or deliver them
// late: an answer after the hang-up, a second hang-up or a second answer change nothing.

export type CallSnapshot = { state: CallState; answeredAt: Date | null; endedAt: Date | null };
export type CallInput = { type: 'answer'; at: Date } | { type: 'hangup'; at: Date; cause?: string | null };
export type CallPatch = {
  state: CallState;
  answeredAt?: Date;
  endedAt?: Date;
  abandoned?: boolean;
  durationSeconds?: number;
  cause?: string | null;
  held?: boolean;
};
export type CallTransition = { changed: false } | { changed: true; patch: CallPatch };

const UNCHANGED: CallTransition = { changed: false };

export function nextCallState(call: CallSnapshot, input: CallInput): CallTransition {
  if (input.type === 'answer') {
    if (call.state !== 'ringing') return UNCHANGED;
    // A call transferred to a queue rings again; its talk time still counts from the first answer.
    return { changed: true, patch: { state: 'answered', answeredAt: call.answeredAt ?? input.at } };
  }
  if (call.state === 'ended') return UNCHANGED;
  const answeredAt = call.answeredAt;
  // Talk time counts from the answer; a clock that went backwards never makes it negative.
  const durationSeconds = answeredAt ? Math.max(0, Math.round((input.at.getTime() - answeredAt.getTime()) / 1000)) : 0;
  return {
    changed: true,
    patch: {
      state: 'ended',
      endedAt: input.at,
      abandoned: call.state === 'ringing' && !answeredAt,
      durationSeconds,
      cause: input.cause ?? null,
      held: false,
    },
  };
}

/**
 * SPEC VOX-06b: what a CTI event does to the call with its callId (undefined: none yet). A first
 * event other than newCall creates the call too, so a PBX's lost or late newCall loses nothing; a
 * newCall for a known callId is a repeat. `recording` only attaches media and never moves the state.
 */
export type CtiStep = 'create' | 'answer' | 'hangup' | 'recording';
export function ctiSteps(existing: CallSnapshot | undefined, event: 'newCall' | 'answer' | 'hangup' | 'recording', at: Date): CtiStep[] {
  const steps: CtiStep[] = existing ? [] : ['create'];
  const call: CallSnapshot = existing ?? { state: 'ringing', answeredAt: null, endedAt: null };
  if (event === 'answer' && nextCallState(call, { type: 'answer', at }).changed) steps.push('answer');
  if (event === 'hangup' && nextCallState(call, { type: 'hangup', at }).changed) steps.push('hangup');
  if (event === 'recording') steps.push('recording');
  return steps;
}
