import type { AttendanceSummary, Message } from '@atende/shared';
import type { AttendanceRow, MessageRow } from './attendances.repository.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Pure mapping; callers look the person's name up (see summaries.ts: one lookup per list). */
export const toSummary = (a: AttendanceRow, personName: string | null, rating: number | null = null): AttendanceSummary => ({
  id: a.id,
  code: a.code,
  protocol: a.protocol,
  status: a.status,
  channelId: a.channelId,
  channelType: a.channelType,
  queueId: a.queueId,
  assigneeId: a.assigneeId,
  personId: a.personId,
  personName: a.personId ? personName : null,
  contact: a.contact,
  lastSeq: a.lastSeq,
  unread: Math.max(0, a.lastSeq - a.agentReadSeq),
  createdAt: a.createdAt.toISOString(),
  enqueuedAt: a.enqueuedAt.toISOString(),
  assignedAt: iso(a.assignedAt),
  lastMessageAt: iso(a.lastMessageAt),
  lastContactMessageAt: iso(a.lastContactMessageAt),
  finishedAt: iso(a.finishedAt),
  closingClassification: a.closingClassification,
  closingComment: a.closingComment,
  rating,
});

export type AttachmentInfo = { id: string; fileName: string; contentType: string; size: number };

export const toMessage = (m: MessageRow, authorName: string | null = null, attachment: AttachmentInfo | null = null): Message => ({
  id: m.id,
  attendanceId: m.attendanceId,
  seq: m.seq,
  authorKind: m.authorKind,
  authorId: m.authorId,
  authorName,
  internal: m.internal,
  body: m.body,
  attachment,
  clientId: m.clientId,
  createdAt: m.createdAt.toISOString(),
  kind: m.kind,
  content: m.content ?? null,
  delivery: m.deliveryStatus ? { status: m.deliveryStatus, error: m.deliveryError ?? null } : null,
  reactions: m.reactions,
  editedAt: iso(m.editedAt),
});
