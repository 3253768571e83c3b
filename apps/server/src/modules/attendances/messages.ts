import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { DomainEventMap } from '@atende/shared';
import type { Platform } from '../../platform/platform.js';
import type { Scope } from '../../platform/db/tenant.js';
import { attendancesRepo, type AttendanceRow, type NewMessage } from './attendances.repository.js';
import { attachmentsRepo } from './attachments.repository.js';
import { toMessage } from './mappers.js';
import { channelDelivers } from './outbound-policy.js';
import { staffName } from '../tenancy/index.js';

// SPEC ATT-05: one message appended to the conversation, in the caller's transaction, with the
// domain event that delivers it. The lifecycle's steps and the conversation commands both use it.

export async function appendMessage(platform: Platform, s: Scope, a: AttendanceRow, m: NewMessage, now: Date) {
  // What goes to the contact over a channel that delivers starts "pending" until the channel reports it (CH-02, CH-03).
  const deliveryStatus = m.authorKind !== 'contact' && !m.internal && channelDelivers(a.channelType) ? 'pending' : null;
  // The event carries the rendered message and where it goes, so delivery needs no reads. It is
  // written by the message's own statement (one round trip per message, the inbound hot path): the
  // message is rendered here beforehand, and only its seq, known once inserted, is set in SQL.
  const authorName = m.authorId ? await staffName(s, m.authorId) : null;
  const attachment = m.attachmentId ? ((await attachmentsRepo.infoByIds(s, [m.attachmentId])).get(m.attachmentId) ?? null) : null;
  const id = randomUUID();
  const draft = toMessage(
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
  const payload: DomainEventMap['attendance.message'] = { ...route, seq: 0, message: draft };
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

/** System messages carry a code and data; each side renders them in its own language. */
export function systemMessage(code: 'protocol' | 'finished' | 'transferred', data: Record<string, unknown>): NewMessage {
  return { authorKind: 'system', authorId: null, internal: false, attachmentId: null, clientId: null, body: JSON.stringify({ code, ...data }) };
}
