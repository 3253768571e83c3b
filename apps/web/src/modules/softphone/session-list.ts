// SPEC VOX-06 (b): the softphone's calls when it carries several at once (a transfer consult, a
// direct extension call while on a queue call). Pure, so it is unit-tested: which call the agent
// talks on, and which ones go on hold when another is answered, placed or switched to.

export type SessionState = 'ringing' | 'calling' | 'answered';
export type PhoneSession = {
  /** The softphone's own id of the session (JsSIP's). */
  id: string;
  direction: 'in' | 'out';
  /** The other party's number (user part of its SIP address). */
  peer: string;
  state: SessionState;
  muted: boolean;
  held: boolean;
  /** The SIP Call-ID, which the CTI events of the PBX carry too. */
  callId: string;
};

/** More calls than an agent can juggle are refused (486 Busy Here). */
export const MAX_SESSIONS = 4;

export const canTakeAnother = (list: readonly PhoneSession[]) => list.length < MAX_SESSIONS;

export function addSession(list: readonly PhoneSession[], session: PhoneSession): PhoneSession[] {
  return [...list.filter((s) => s.id !== session.id), session];
}

export function patchSession(list: readonly PhoneSession[], id: string, patch: Partial<PhoneSession>): PhoneSession[] {
  return list.map((s) => (s.id === id ? { ...s, ...patch } : s));
}

export function removeSession(list: readonly PhoneSession[], id: string): PhoneSession[] {
  return list.filter((s) => s.id !== id);
}

/**
 * The call the agent is on: its audio plays, mute and keypad act on it. The newest call in
 * conversation (answered or being placed) not on hold; else the newest ringing one; else the newest.
 */
export function focusedSession(list: readonly PhoneSession[]): PhoneSession | null {
  const newestFirst = [...list].reverse();
  return (
    newestFirst.find((s) => (s.state === 'answered' || s.state === 'calling') && !s.held) ??
    newestFirst.find((s) => s.state === 'ringing') ??
    newestFirst[0] ??
    null
  );
}

/** Answering or placing another call puts the calls in conversation on hold first (not `except`). */
export function sessionsToHold(list: readonly PhoneSession[], except?: string): string[] {
  return list.filter((s) => s.id !== except && s.state === 'answered' && !s.held).map((s) => s.id);
}

/** Switching to `id`: the others in conversation go on hold, `id` resumes if it was held. */
export function switchPlan(list: readonly PhoneSession[], id: string): { hold: string[]; resume: string | null } {
  const target = list.find((s) => s.id === id);
  if (!target || target.state !== 'answered') return { hold: [], resume: null };
  return { hold: sessionsToHold(list, id), resume: target.held ? id : null };
}
