import { describe, expect, it } from 'vitest';
import { ctiSteps, nextCallState, type CallSnapshot } from './call-state.js';

const t0 = new Date('2026-03-02T12:00:00Z');
const at = (s: number) => new Date(t0.getTime() + s * 1000);
const ringing: CallSnapshot = { state: 'ringing', answeredAt: null, endedAt: null };
const answered: CallSnapshot = { state: 'answered', answeredAt: at(5), endedAt: null };
const ended: CallSnapshot = { state: 'ended', answeredAt: at(5), endedAt: at(65) };

describe('call state machine (SPEC VOX-01…VOX-03)', () => {
  it('goes ringing → answered → ended, with talk time from the answer', () => {
    const a = nextCallState(ringing, { type: 'answer', at: at(5) });
    expect(a).toEqual({ changed: true, patch: { state: 'answered', answeredAt: at(5) } });
    const h = nextCallState(answered, { type: 'hangup', at: at(65), cause: 'normal' });
    expect(h).toMatchObject({ changed: true, patch: { state: 'ended', endedAt: at(65), abandoned: false, durationSeconds: 60, cause: 'normal' } });
  });

  it('a call hung up while ringing is abandoned, with no talk time', () => {
    expect(nextCallState(ringing, { type: 'hangup', at: at(30) })).toMatchObject({
      changed: true,
      patch: { state: 'ended', abandoned: true, durationSeconds: 0 },
    });
  });

  it('ignores an answer after the hang-up, a second answer and a second hang-up', () => {
    expect(nextCallState(ended, { type: 'answer', at: at(70) })).toEqual({ changed: false });
    expect(nextCallState(answered, { type: 'answer', at: at(6) })).toEqual({ changed: false });
    expect(nextCallState(ended, { type: 'hangup', at: at(80) })).toEqual({ changed: false });
  });

  it('a call transferred back to ringing keeps its first answer: not abandoned, talk time from the first answer', () => {
    const requeued: CallSnapshot = { state: 'ringing', answeredAt: at(5), endedAt: null };
    expect(nextCallState(requeued, { type: 'answer', at: at(40) })).toMatchObject({ patch: { answeredAt: at(5) } });
    expect(nextCallState(requeued, { type: 'hangup', at: at(45) })).toMatchObject({ patch: { abandoned: false, durationSeconds: 40 } });
  });

  it('never counts negative talk time when clocks disagree', () => {
    expect(nextCallState(answered, { type: 'hangup', at: at(1) })).toMatchObject({ patch: { durationSeconds: 0 } });
  });
});

describe('CTI idempotency (SPEC VOX-06b)', () => {
  it('creates the call on its first event, whichever it is', () => {
    expect(ctiSteps(undefined, 'newCall', t0)).toEqual(['create']);
    expect(ctiSteps(undefined, 'answer', t0)).toEqual(['create', 'answer']);
    expect(ctiSteps(undefined, 'hangup', t0)).toEqual(['create', 'hangup']);
    expect(ctiSteps(undefined, 'recording', t0)).toEqual(['create', 'recording']);
  });

  it('a repeated event changes nothing', () => {
    expect(ctiSteps(ringing, 'newCall', t0)).toEqual([]);
    expect(ctiSteps(answered, 'answer', t0)).toEqual([]);
    expect(ctiSteps(ended, 'hangup', t0)).toEqual([]);
  });

  it('an answer after the hang-up is ignored; a recording is accepted at any time', () => {
    expect(ctiSteps(ended, 'answer', t0)).toEqual([]);
    expect(ctiSteps(ended, 'recording', t0)).toEqual(['recording']);
    expect(ctiSteps(answered, 'recording', t0)).toEqual(['recording']);
  });
});
