import type { AttendanceSummary, Message } from '@atende/shared';
import { describe, expect, it } from 'vitest';
import { applyMessage, applySummary, isActiveFor, markListRead, removeFromList } from './attendance-list';

const ME = '00000000-0000-4000-8000-0000000000aa';
const OTHER = '00000000-0000-4000-8000-0000000000bb';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function summary(n: number, patch: Partial<AttendanceSummary> = {}): AttendanceSummary {
  return {
    id: id(n),
    code: n,
    protocol: null,
    status: 'assigned',
    channelId: null,
    channelType: 'webchat',
    queueId: null,
    assigneeId: ME,
    personId: null,
    personName: null,
    contact: { name: `Contato ${n}` },
    lastSeq: 1,
    unread: 1,
    createdAt: '2026-01-01T12:00:00.000Z',
    enqueuedAt: '2026-01-01T12:00:00.000Z',
    assignedAt: `2026-01-01T12:0${n}:00.000Z`,
    lastMessageAt: null,
    lastContactMessageAt: null,
    finishedAt: null,
    closingClassification: null,
    closingComment: null,
    rating: null,
    ...patch,
  };
}

function message(n: number, seq: number, authorKind: Message['authorKind'] = 'contact'): Message {
  return {
    id: id(1000 + seq),
    attendanceId: id(n),
    seq,
    authorKind,
    authorId: null,
    authorName: null,
    internal: false,
    body: 'oi',
    attachment: null,
    clientId: null,
    kind: 'text',
    content: null,
    delivery: null,
    reactions: [],
    editedAt: null,
    createdAt: '2026-01-01T12:30:00.000Z',
  };
}

describe('isActiveFor', () => {
  it('is the user’s assigned or in-progress attendances only', () => {
    expect(isActiveFor(summary(1), ME)).toBe(true);
    expect(isActiveFor(summary(1, { status: 'in_progress' }), ME)).toBe(true);
    expect(isActiveFor(summary(1, { status: 'finished' }), ME)).toBe(false);
    expect(isActiveFor(summary(1, { status: 'waiting', assigneeId: null }), ME)).toBe(false);
    expect(isActiveFor(summary(1, { assigneeId: OTHER }), ME)).toBe(false);
  });
});

describe('applySummary', () => {
  it('adds a new offer in assignment order and replaces a known one', () => {
    let list = { items: [summary(1), summary(3)] };
    list = applySummary(list, summary(2), ME);
    expect(list.items.map((a) => a.code)).toEqual([1, 2, 3]);
    list = applySummary(list, summary(2, { status: 'in_progress', protocol: '2026-0000000001' }), ME);
    expect(list.items[1]?.protocol).toBe('2026-0000000001');
    expect(list.items).toHaveLength(3);
  });

  it('removes what was finished or transferred away, and ignores others’ attendances', () => {
    const list = { items: [summary(1), summary(2)] };
    expect(applySummary(list, summary(1, { status: 'finished' }), ME).items.map((a) => a.code)).toEqual([2]);
    expect(applySummary(list, summary(2, { assigneeId: OTHER }), ME).items.map((a) => a.code)).toEqual([1]);
    expect(applySummary(list, summary(9, { assigneeId: OTHER }), ME)).toBe(list);
  });

  it('does not go back to older counters than a message push already gave', () => {
    const list = { items: [summary(1, { lastSeq: 5, unread: 3 })] };
    const next = applySummary(list, summary(1, { lastSeq: 4, unread: 2, protocol: 'P' }), ME);
    expect(next.items[0]).toMatchObject({ lastSeq: 5, unread: 3, protocol: 'P' });
  });
});

describe('applyMessage', () => {
  it('counts what came after the last read message', () => {
    const list = { items: [summary(1, { lastSeq: 3, unread: 1 })] }; // read up to 2
    expect(applyMessage(list, message(1, 4), null)?.items[0]).toMatchObject({ lastSeq: 4, unread: 2 });
    expect(applyMessage(list, message(1, 6), null)?.items[0]).toMatchObject({ lastSeq: 6, unread: 4 });
  });

  it('is all read when the attendance is open or the agent wrote', () => {
    const list = { items: [summary(1, { lastSeq: 3, unread: 1 })] };
    expect(applyMessage(list, message(1, 4), id(1))?.items[0]?.unread).toBe(0);
    expect(applyMessage(list, message(1, 4, 'agent'), null)?.items[0]?.unread).toBe(0);
  });

  it('ignores a repeated push and asks for a refetch for an unknown attendance', () => {
    const list = { items: [summary(1, { lastSeq: 3, unread: 1 })] };
    expect(applyMessage(list, message(1, 3), null)).toBe(list);
    expect(applyMessage(list, message(7, 1), null)).toBeNull();
  });
});

describe('removeFromList and markListRead', () => {
  it('change only what they must', () => {
    const list = { items: [summary(1, { unread: 2 }), summary(2, { unread: 0 })] };
    expect(removeFromList(list, id(1)).items.map((a) => a.code)).toEqual([2]);
    expect(removeFromList(list, id(9))).toBe(list);
    expect(markListRead(list, id(1)).items[0]?.unread).toBe(0);
    expect(markListRead(list, id(2))).toBe(list);
  });
});
