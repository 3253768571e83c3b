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
  const message = await attendancesRepo.appendMessage(s, a.id, { ...m, deliveryStatus }, now);
  if (!message) {
    // The same clientId (or provider message id) was stored before: a retry answers with the stored message.
    const existing = m.clientId
      ? (await attendancesRepo.messageByClientId(s, a.id, m.clientId))!
      : (await attendancesRepo.messageByProviderId(s, a.id, m.providerMessageId!))!;
    return { message: existing, rendered: toMessage(existing), attendance: a, duplicate: true };
  }
  // The event carries the rendered message and where it goes, so delivery needs no reads.
  const rendered = toMessage(
    message,
    message.authorId ? await staffName(s, message.authorId) : null,
    message.attachmentId ? ((await attachmentsRepo.infoByIds(s, [message.attachmentId])).get(message.attachmentId) ?? null) : null,
  );
  await platform.events.emit(s, 'attendance.message', {
    attendanceId: a.id,
    seq: message.seq,
    message: rendered,
    assigneeId: a.assigneeId,
    channelType: a.channelType,
    contactIdentity: a.contactIdentity,
  });
  return { message, rendered, attendance: { ...a, lastSeq: message.seq }, duplicate: false };
}

/** System messages carry a code and data; each side renders them in its own language. */
export function systemMessage(code: 'protocol' | 'finished' | 'transferred', data: Record<string, unknown>): NewMessage {
  return { authorKind: 'system', authorId: null, internal: false, attachmentId: null, clientId: null, body: JSON.stringify({ code, ...data }) };
}
