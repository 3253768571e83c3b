import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { DomainEventMap } from '@atende/shared';
import type { Platform } from '../../platform/platform.js';
import type { Scope } from '../../platform/db/tenant.js';
import { attendancesRepo, type AttendanceRow, type MessageRow, type NewMessage } from './attendances.repository.js';
import { attachmentsRepo } from './attachments.repository.js';
import { toMessage } from './mappers.js';
import { channelDelivers } from './outbound-policy.js';
import { staffName } from '../tenancy/index.js';

// SPEC ATT-05: one message appended to the conversation, in the caller's transaction, with the
// domain event that delivers it. The lifecycle's steps and the conversation commands both use it.

/**
 * The message as its event carries it, with where it goes: rendered before it is stored, so the
 * event is written by the message's own statement and only its seq, known once inserted, is set in SQL.
 */
function draftOf(
  s: Scope,
  a: AttendanceRow,
  m: NewMessage,
  now: Date,
  deliveryStatus: MessageRow['deliveryStatus'],
  authorName: string | null = null,
  attachment: Parameters<typeof toMessage>[2] = null,
) {
  const id = randomUUID();
  const message = toMessage(
    {
      ...m,
      id,
      organizationId: s.organizationId,
      attendanceId: a.id,
      seq: 0,
      createdAt: now,
      kind: m.kind ?? 'text',
      content: m.content ?? null,
      deliveryStatus,
      deliveryError: null,
      deliveryRetryAt: null,
      providerMessageId: m.providerMessageId ?? null,
      editedAt: null,
      reactions: [],
    },
    authorName,
    attachment,
  );
  const route = { attendanceId: a.id, assigneeId: a.assigneeId, channelType: a.channelType, contactIdentity: a.contactIdentity };
  return { id, route, payload: { ...route, seq: 0, message } satisfies DomainEventMap['attendance.message'] };
}

export async function appendMessage(platform: Platform, s: Scope, a: AttendanceRow, m: NewMessage, now: Date) {
  // What goes to the contact over a channel that delivers starts "pending" until the channel reports it (CH-02, CH-03).
  const deliveryStatus = m.authorKind !== 'contact' && !m.internal && channelDelivers(a.channelType) ? 'pending' : null;
  // The event carries the rendered message and where it goes, so delivery needs no reads.
  const authorName = m.authorId ? await staffName(s, m.authorId) : null;
  const attachment = m.attachmentId ? ((await attachmentsRepo.infoByIds(s, [m.attachmentId])).get(m.attachmentId) ?? null) : null;
  const { id, route, payload } = draftOf(s, a, m, now, deliveryStatus, authorName, attachment);
  const event = platform.events.insertSql(
    s,
    'attendance.message',
    sql`jsonb_set(jsonb_set(${JSON.stringify(payload)}::jsonb, '{seq}', to_jsonb(m.seq)), '{message,seq}', to_jsonb(m.seq))`,
    sql`from m`,
  );
  const message = await attendancesRepo.appendMessage(s, a.id, { ...m, id, deliveryStatus }, now, event);
  if (!message) {
    // The same clientId (or provider message id) was stored before: a retry answers with the stored message.
    const existing = m.clientId
      ? (await attendancesRepo.messageByClientId(s, a.id, m.clientId))!
      : (await attendancesRepo.messageByProviderId(s, a.id, m.providerMessageId!))!;
    return { message: existing, rendered: toMessage(existing), attendance: a, duplicate: true };
  }
  const { event: written, ...row } = message;
  const rendered = toMessage(row, authorName, attachment);
  platform.events.written(s, 'attendance.message', { ...route, seq: row.seq, message: rendered }, written!);
  return { message: row, rendered, attendance: { ...a, lastSeq: row.seq }, duplicate: false };
}

/**
 * SPEC CH-02 at load: several contacts' messages, each to its attendance (locked and open, several
 * per attendance allowed), in one statement with their outbox events: the same rows, events and
 * pushes as appendMessage for each, in the order given. Throws BatchDuplicate when any of them
 * was stored before (a provider id), so that the caller's transaction keeps none of them: the
 * caller then appends them one by one, where a repeated message answers the stored one.
 */
export async function appendContactMessages(platform: Platform, s: Scope, items: { a: AttendanceRow; m: NewMessage }[], now: Date) {
  const drafts = items.map(({ a, m }) => ({ ...draftOf(s, a, m, now, null), attendanceId: a.id, m }));
  const event = platform.events.insertSql(
    s,
    'attendance.message',
    sql`jsonb_set(jsonb_set(n.payload, '{seq}', to_jsonb(m.seq)), '{message,seq}', to_jsonb(m.seq))`,
    sql`from m join input n on n.id = m.id order by n.ord`,
    sql`(payload->'message'->>'id')::uuid as message_id`,
  );
  const rows = await attendancesRepo.appendContactMessages(s, drafts, now, event);
  // A message left out numbered the ones after it in its attendance past a gap: none of this may stay.
  if (rows.length < items.length) throw new BatchDuplicate();
  const latest = new Map<string, AttendanceRow>();
  const out = rows.map((row, i) => {
    const { event: written, ...message } = row;
    const rendered = toMessage(message);
    platform.events.written(s, 'attendance.message', { ...drafts[i]!.route, seq: message.seq, message: rendered }, written);
    const a = { ...(latest.get(message.attendanceId) ?? items[i]!.a), lastSeq: message.seq, lastMessageAt: now, lastContactMessageAt: now };
    latest.set(a.id, a);
    return { message, rendered, duplicate: false as const };
  });
  return { messages: out, attendances: [...latest.values()] };
}

/** A message of a batch was stored before: the batch is undone and appended one by one instead. */
export class BatchDuplicate extends Error {
  constructor() {
    super('a message of the batch was stored before');
  }
}

/** System messages carry a code and data; each side renders them in its own language. */
export function systemMessage(code: 'protocol' | 'finished' | 'transferred', data: Record<string, unknown>): NewMessage {
  return { authorKind: 'system', authorId: null, internal: false, attachmentId: null, clientId: null, body: JSON.stringify({ code, ...data }) };
}
