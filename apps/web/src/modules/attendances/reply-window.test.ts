import { describe, expect, it } from 'vitest';
import { nextTick, replyWindow } from './reply-window';

const now = Date.parse('2026-03-10T15:00:00.000Z');
const ago = (ms: number) => new Date(now - ms).toISOString();
const H = 3_600_000;
const M = 60_000;

describe('replyWindow', () => {
  it('has no limit on channels without a window', () => {
    expect(replyWindow({ windowHours: null, lastContactMessageAt: null, now })).toEqual({ state: 'unlimited' });
    expect(replyWindow({ windowHours: undefined, lastContactMessageAt: ago(48 * H), now })).toEqual({ state: 'unlimited' });
  });

  it('counts the time left from the contact’s last message', () => {
    const w = replyWindow({ windowHours: 24, lastContactMessageAt: ago(20 * H + 48 * M), now });
    expect(w).toMatchObject({ state: 'open', hours: 3, minutes: 12 });
  });

  it('rounds down to the minute but shows at least one minute while open', () => {
    expect(replyWindow({ windowHours: 24, lastContactMessageAt: ago(24 * H - 30_000), now })).toMatchObject({ state: 'open', hours: 0, minutes: 1 });
    expect(replyWindow({ windowHours: 24, lastContactMessageAt: ago(24 * H - 90_000), now })).toMatchObject({ hours: 0, minutes: 1 });
  });

  it('closes at 24 hours, and is closed when the contact never wrote', () => {
    expect(replyWindow({ windowHours: 24, lastContactMessageAt: ago(24 * H), now })).toEqual({ state: 'closed' });
    expect(replyWindow({ windowHours: 24, lastContactMessageAt: ago(30 * H), now })).toEqual({ state: 'closed' });
    expect(replyWindow({ windowHours: 24, lastContactMessageAt: null, now })).toEqual({ state: 'closed' });
  });

  it('believes the server’s refusal until the contact writes again', () => {
    const last = ago(2 * H);
    expect(replyWindow({ windowHours: 24, lastContactMessageAt: last, now, refusedAt: last })).toEqual({ state: 'closed' });
    expect(replyWindow({ windowHours: 24, lastContactMessageAt: ago(M), now, refusedAt: last })).toMatchObject({ state: 'open', hours: 23 });
  });
});

describe('nextTick', () => {
  it('wakes at the next minute boundary of the countdown', () => {
    expect(nextTick(replyWindow({ windowHours: 24, lastContactMessageAt: ago(2 * H + 15_000), now }))).toBe(45_000);
    expect(nextTick({ state: 'closed' })).toBeNull();
    expect(nextTick({ state: 'unlimited' })).toBeNull();
  });
});
