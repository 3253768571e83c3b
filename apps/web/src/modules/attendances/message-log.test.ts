import type { Message } from '@atende/shared';
import { describe, expect, it } from 'vitest';
import { lastContactAt, lastSeq, mergeMessages, missingAfter, replaceMessage } from './message-log';

const msg = (seq: number, body = `m${seq}`): Message => ({
  id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
  attendanceId: '00000000-0000-4000-8000-000000000000',
  seq,
  authorKind: 'contact',
  authorId: null,
  authorName: null,
  internal: false,
  body,
  attachment: null,
  clientId: null,
  kind: 'text',
  content: null,
  delivery: null,
  reactions: [],
  editedAt: null,
  createdAt: '2026-01-01T12:00:00.000Z',
});

const seqs = (ms: Message[]) => ms.map((m) => m.seq);

describe('mergeMessages', () => {
  it('orders by seq whatever the arrival order, once per seq', () => {
    const merged = mergeMessages([msg(1), msg(3)], [msg(5), msg(2), msg(3), msg(4)]);
    expect(seqs(merged)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the later copy of a seq and returns the same list when nothing comes', () => {
    const current = [msg(1, 'old')];
    expect(mergeMessages(current, [msg(1, 'new')])[0]?.body).toBe('new');
    expect(mergeMessages(current, [])).toBe(current);
  });

  it('survives a catch-up that repeats what pushes already brought', () => {
    let log = mergeMessages([], [msg(1), msg(2)]);
    log = mergeMessages(log, [msg(4)]); // 3 lost while offline
    log = mergeMessages(log, [msg(3), msg(4), msg(5)]); // the catch-up after seq 2
    expect(seqs(log)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('lastSeq', () => {
  it('is the highest seq, 0 for none', () => {
    expect(lastSeq([])).toBe(0);
    expect(lastSeq(mergeMessages([], [msg(2), msg(7)]))).toBe(7);
  });
});

describe('missingAfter', () => {
  it('is null for an unbroken log, and for the next message in line', () => {
    expect(missingAfter([])).toBeNull();
    expect(missingAfter([msg(1), msg(2)])).toBeNull();
    expect(missingAfter([msg(1), msg(2)], msg(3))).toBeNull();
  });

  it('points before the first hole', () => {
    expect(missingAfter([msg(2), msg(3)])).toBe(0);
    expect(missingAfter([msg(1), msg(2), msg(5), msg(7)])).toBe(2);
  });

  it('points at the end when a push jumps past it', () => {
    expect(missingAfter([msg(1), msg(2)], msg(5))).toBe(2);
    expect(missingAfter([], msg(3))).toBe(0);
  });
});

describe('replaceMessage', () => {
  it('replaces the message with the same id in its place', () => {
    const log = [msg(1), msg(2), msg(3)];
    const read = { ...msg(2, 'm2'), authorKind: 'agent' as const, delivery: { status: 'read' as const, error: null } };
    const next = replaceMessage(log, read);
    expect(next.map((m) => m.delivery?.status ?? null)).toEqual([null, 'read', null]);
    expect(seqs(next)).toEqual([1, 2, 3]);
    expect(log[1]!.delivery).toBeNull(); // the cached list is never mutated
  });

  it('leaves the list as it was for a message it does not hold', () => {
    const log = [msg(1)];
    expect(replaceMessage(log, msg(7))).toBe(log);
  });
});

describe('lastContactAt', () => {
  const at = (authorKind: Message['authorKind'], createdAt: string) => ({ authorKind, createdAt });

  it('moves to the contact’s newest message, never to an agent’s', () => {
    const known = '2026-01-01T10:00:00.000Z';
    expect(lastContactAt(known, [at('contact', '2026-01-01T11:00:00.000Z'), at('agent', '2026-01-01T12:00:00.000Z')])).toBe(
      '2026-01-01T11:00:00.000Z',
    );
    expect(lastContactAt(null, [at('contact', '2026-01-01T09:00:00.000Z')])).toBe('2026-01-01T09:00:00.000Z');
  });

  it('never moves back to an older message', () => {
    expect(lastContactAt('2026-01-01T10:00:00.000Z', [at('contact', '2026-01-01T08:00:00.000Z')])).toBe('2026-01-01T10:00:00.000Z');
    expect(lastContactAt(null, [at('agent', '2026-01-01T08:00:00.000Z')])).toBeNull();
  });
});
