import type { DeliveryStatus, MessageContent } from '@atende/shared';
import { deliveryStatuses } from '@atende/shared';
import type { Platform } from '../../platform/platform.js';
import type { Scope } from '../../platform/db/tenant.js';
import { AppError } from '../../platform/errors.js';
import { staffName } from '../tenancy/index.js';
import { attachmentsRepo } from './attachments.repository.js';
import { attendancesRepo, type AttendanceRow, type MessageRow } from './attendances.repository.js';
import { toMessage } from './mappers.js';

// SPEC ATT-05, CH-02, CH-03: what a channel reports about a stored message after it was written —
// its delivery, a reaction, an edit, its media arriving. The attendances module stays the only
// writer of the conversation; channels call these intent-named steps.

/** Statuses only move forward (sent → delivered → read); failed replaces pending or sent only. */
const rank = (s: DeliveryStatus | null) => (s ? deliveryStatuses.indexOf(s) : -1);
export function deliveryMovesForward(current: DeliveryStatus | null, next: DeliveryStatus): boolean {
  if (current === null) return false; // not a message the contact is meant to receive
  if (next === 'failed') return current === 'pending' || current === 'sent';
  if (current === 'failed') return next !== 'pending' && next !== 'sent';
  return rank(next) > rank(current);
}

async function render(s: Scope, m: MessageRow) {
  const attachment = m.attachmentId ? ((await attachmentsRepo.infoByIds(s, [m.attachmentId])).get(m.attachmentId) ?? null) : null;
  return toMessage(m, m.authorId ? await staffName(s, m.authorId) : null, attachment);
}

/** Pushes the changed message to the agent's screens (and anyone watching the attendance). */
async function emitUpdated(platform: Platform, s: Scope, a: AttendanceRow, m: MessageRow) {
  await platform.events.emit(s, 'attendance.message.updated', {
    attendanceId: a.id,
    seq: m.seq,
    message: await render(s, m),
    assigneeId: a.assigneeId,
    channelType: a.channelType,
    contactIdentity: a.contactIdentity,
  });
}

/** A message of one channel by the provider's id for it, with its attendance. */
export async function channelMessage(s: Scope, channelId: string, providerMessageId: string) {
  return attendancesRepo.messageOfChannel(s, channelId, providerMessageId);
}

/** What the delivery job needs: the message, its attendance, and the attachment's stored row. */
export async function messageForDelivery(s: Scope, messageId: string) {
  const m = await attendancesRepo.messageById(s, messageId);
  if (!m) return undefined;
  const a = (await attendancesRepo.byId(s, m.attendanceId))!;
  const attachment = m.attachmentId ? await attachmentsRepo.byId(s, m.attachmentId) : undefined;
  return { message: m, attendance: a, attachment, rendered: await render(s, m) };
}

/**
 * What a delivery job for `messageId` sends, in order: the attendance's messages still pending that
 * were written before it, then itself. A conversation's messages reach the contact in the order they
 * were written (the protocol before the reply that issued it), whatever order their jobs were queued
 * in; the job of an earlier message then finds it sent and does nothing.
 */
export async function deliveriesUpTo(s: Scope, messageId: string): Promise<string[]> {
  const m = await attendancesRepo.messageById(s, messageId);
  if (!m || m.deliveryStatus !== 'pending') return [];
  return attendancesRepo.pendingUpTo(s, m.attendanceId, m.seq);
}

/**
 * The provider asked to wait (CH-02, CH-03): this pending message is not sent before `until`, by its
 * own retry or by a later message's job that would send it first (deliveriesUpTo).
 */
export async function holdDelivery(s: Scope, messageId: string, until: Date) {
  const m = await attendancesRepo.lockMessage(s, messageId);
  if (m?.deliveryStatus === 'pending') await attendancesRepo.updateMessage(s, m.id, { deliveryRetryAt: until });
}

/** Records what the channel said of an outbound message; a step backwards is ignored (out-of-order webhooks). */
export async function recordDelivery(
  platform: Platform,
  s: Scope,
  messageId: string,
  status: DeliveryStatus,
  extra: { error?: { code: string; title: string } | null; providerMessageId?: string } = {},
) {
  const m = await attendancesRepo.lockMessage(s, messageId);
  if (!m) return false;
  const forward = deliveryMovesForward(m.deliveryStatus, status);
  // The provider id arrives with "sent"; keep it even if a faster webhook already moved the status on.
  if (!forward && !(extra.providerMessageId && !m.providerMessageId)) return false;
  const updated = await attendancesRepo.updateMessage(s, m.id, {
    ...(forward ? { deliveryStatus: status, deliveryError: status === 'failed' ? (extra.error ?? null) : null } : {}),
    ...(extra.providerMessageId && !m.providerMessageId ? { providerMessageId: extra.providerMessageId } : {}),
  });
  if (forward) await emitUpdated(platform, s, (await attendancesRepo.byId(s, m.attendanceId))!, updated);
  return forward;
}

/** "Reenviar": a failed message goes back to pending; the channel delivers it again. Its agent only. */
export async function resendMessage(platform: Platform, s: Scope, attendanceId: string, messageId: string, userId: string) {
  const a = await attendancesRepo.lock(s, attendanceId);
  if (!a) throw new AppError('ATT_NOT_FOUND');
  if (a.status === 'finished') throw new AppError('ATT_FINISHED');
  if (a.assigneeId !== userId) throw new AppError('ATT_NOT_ASSIGNED');
  const m = await attendancesRepo.lockMessage(s, messageId);
  if (!m || m.attendanceId !== a.id) throw new AppError('MESSAGE_NOT_FOUND');
  if (m.deliveryStatus !== 'failed') throw new AppError('MESSAGE_NOT_FAILED');
  const updated = await attendancesRepo.updateMessage(s, m.id, { deliveryStatus: 'pending', deliveryError: null, deliveryRetryAt: null });
  await attendancesRepo.addEvent(s, a.id, 'message_resent', { messageId: m.id });
  await emitUpdated(platform, s, a, updated);
  return render(s, updated);
}

/** The contact reacted to a message (WhatsApp, Telegram): their reaction replaces their earlier one; null removes it. */
export async function reactToMessage(platform: Platform, s: Scope, messageId: string, emoji: string | null) {
  const m = await attendancesRepo.lockMessage(s, messageId);
  if (!m) return;
  const others = m.reactions.filter((r) => r.authorKind !== 'contact');
  const reactions = emoji ? [...others, { emoji, authorKind: 'contact' as const }] : others;
  const updated = await attendancesRepo.updateMessage(s, m.id, { reactions });
  await emitUpdated(platform, s, (await attendancesRepo.byId(s, m.attendanceId))!, updated);
}

/** The contact edited a message (Telegram): the latest text is shown, marked as edited. */
export async function editContactMessage(platform: Platform, s: Scope, messageId: string, body: string, content: MessageContent | null, at: Date) {
  const m = await attendancesRepo.lockMessage(s, messageId);
  if (!m || m.authorKind !== 'contact') return;
  // An older edit delivered late never overwrites a newer one.
  if (m.editedAt && m.editedAt >= at) return;
  const updated = await attendancesRepo.updateMessage(s, m.id, { body, content: content ?? m.content, editedAt: at });
  await emitUpdated(platform, s, (await attendancesRepo.byId(s, m.attendanceId))!, updated);
}

/** Inbound media fetched and stored (or given up on): the message shows it. */
export async function settleMessageMedia(platform: Platform, s: Scope, messageId: string, outcome: { attachmentId: string } | { error: string }) {
  const m = await attendancesRepo.lockMessage(s, messageId);
  if (!m) return;
  const content: MessageContent = {
    ...(m.content ?? {}),
    media: 'attachmentId' in outcome ? { status: 'ready' } : { status: 'failed', error: outcome.error },
  };
  const updated = await attendancesRepo.updateMessage(s, m.id, {
    content,
    ...('attachmentId' in outcome ? { attachmentId: outcome.attachmentId } : {}),
  });
  await emitUpdated(platform, s, (await attendancesRepo.byId(s, m.attendanceId))!, updated);
}
