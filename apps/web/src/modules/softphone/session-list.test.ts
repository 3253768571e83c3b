import { describe, expect, it } from 'vitest';
import {
  addSession,
  canTakeAnother,
  focusedSession,
  MAX_SESSIONS,
  patchSession,
  removeSession,
  sessionsToHold,
  switchPlan,
  type PhoneSession,
} from './session-list';

const session = (id: string, patch: Partial<PhoneSession> = {}): PhoneSession => ({
  id,
  direction: 'in',
  peer: `peer-${id}`,
  state: 'answered',
  muted: false,
  held: false,
  callId: `call-${id}`,
  ...patch,
});

describe('softphone sessions (SPEC VOX-06 b: several calls at once)', () => {
  it('focuses the call in conversation, not the one on hold nor a second one still ringing', () => {
    const first = session('a');
    expect(focusedSession([first])?.id).toBe('a');
    const ringing = session('b', { state: 'ringing' });
    expect(focusedSession([first, ringing])?.id).toBe('a');
    // The agent answered the second call: the first is on hold, the second is the one spoken on.
    const both = patchSession(patchSession([first, ringing], 'a', { held: true }), 'b', { state: 'answered' });
    expect(focusedSession(both)?.id).toBe('b');
    expect(focusedSession([])).toBeNull();
  });

  it('a ringing call shows when nothing else is in conversation; all on hold: the newest', () => {
    expect(focusedSession([session('a', { held: true }), session('b', { state: 'ringing' })])?.id).toBe('b');
    expect(focusedSession([session('a', { held: true }), session('b', { held: true })])?.id).toBe('b');
  });

  it('answering or placing another call holds the calls in conversation, never one already held or ringing', () => {
    const list = [session('a'), session('b', { held: true }), session('c', { state: 'ringing' })];
    expect(sessionsToHold(list, 'c')).toEqual(['a']);
    expect(sessionsToHold(list)).toEqual(['a']);
    expect(sessionsToHold([session('a', { state: 'calling' })])).toEqual([]);
  });

  it('switching holds the other call and resumes the chosen one; a ringing or unknown call switches nothing', () => {
    const list = [session('a', { held: true }), session('b')];
    expect(switchPlan(list, 'a')).toEqual({ hold: ['b'], resume: 'a' });
    expect(switchPlan(list, 'b')).toEqual({ hold: [], resume: null });
    expect(switchPlan([session('a'), session('r', { state: 'ringing' })], 'r')).toEqual({ hold: [], resume: null });
    expect(switchPlan(list, 'zz')).toEqual({ hold: [], resume: null });
  });

  it('adds, updates and removes each call on its own; refuses more than the maximum', () => {
    let list = addSession([], session('a'));
    list = addSession(list, session('b', { state: 'ringing' }));
    list = addSession(list, session('b', { state: 'ringing', peer: 'again' }));
    expect(list.map((s) => s.id)).toEqual(['a', 'b']);
    list = patchSession(list, 'a', { muted: true });
    expect(list.find((s) => s.id === 'a')?.muted).toBe(true);
    expect(list.find((s) => s.id === 'b')?.muted).toBe(false);
    list = removeSession(list, 'a');
    expect(list.map((s) => s.id)).toEqual(['b']);
    const full = Array.from({ length: MAX_SESSIONS }, (_, i) => session(String(i)));
    expect(canTakeAnother(full)).toBe(false);
    expect(canTakeAnother(full.slice(1))).toBe(true);
  });
});
