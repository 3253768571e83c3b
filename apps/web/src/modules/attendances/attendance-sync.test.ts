import type { Message } from '@atende/shared';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { attendanceKeys, type AttendanceDetail } from './api';
import { acceptMessage, acceptMessageUpdate } from './attendance-sync';

// CH-02, CH-03: `attendance.message.updated` changes a message already on screen; a new contact
// message reopens the reply window at once.

const attendanceId = '00000000-0000-4000-8000-0000000000aa';
const msg = (seq: number, patch: Partial<Message> = {}): Message => ({
  id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
  attendanceId,
  seq,
  authorKind: 'agent',
  authorId: null,
  authorName: 'Carla',
  internal: false,
  body: `m${seq}`,
  attachment: null,
  clientId: null,
  kind: 'text',
  content: null,
  delivery: { status: 'sent', error: null },
  reactions: [],
  editedAt: null,
  createdAt: '2026-03-10T12:00:00.000Z',
  ...patch,
});

function cached(messages: Message[]) {
  const queryClient = new QueryClient();
  const detail = {
    attendance: { id: attendanceId, lastSeq: messages.length, lastContactMessageAt: null },
    messages,
    events: [],
    queuePosition: null,
  };
  queryClient.setQueryData(attendanceKeys.detail(attendanceId), detail as unknown as AttendanceDetail);
  const read = () => queryClient.getQueryData<AttendanceDetail>(attendanceKeys.detail(attendanceId))!;
  return { queryClient, read };
}

describe('acceptMessageUpdate', () => {
  it('replaces the held message: read ticks, reactions, media ready', () => {
    const { queryClient, read } = cached([msg(1), msg(2)]);
    acceptMessageUpdate(queryClient, msg(2, { delivery: { status: 'read', error: null }, reactions: [{ emoji: '👍', authorKind: 'contact' }] }));
    expect(read().messages.map((m) => m.delivery?.status)).toEqual(['sent', 'read']);
    expect(read().messages[1]!.reactions).toHaveLength(1);
  });

  it('adds nothing for a message the conversation does not hold', () => {
    const { queryClient, read } = cached([msg(1)]);
    acceptMessageUpdate(queryClient, msg(5));
    expect(read().messages).toHaveLength(1);
  });
});

describe('acceptMessage', () => {
  it('moves the contact’s last message time forward (the reply window reopens)', () => {
    const { queryClient, read } = cached([msg(1)]);
    acceptMessage(queryClient, msg(2, { authorKind: 'contact', delivery: null, createdAt: '2026-03-10T13:00:00.000Z' }));
    expect(read().attendance.lastContactMessageAt).toBe('2026-03-10T13:00:00.000Z');
  });
});
