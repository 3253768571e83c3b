import { AppError } from '../../platform/errors.js';
import type { Platform } from '../../platform/platform.js';
import type { Scope } from '../../platform/db/tenant.js';
import { attendancesRepo, type AttendanceRow, type MessageRow, type NewMessage } from './attendances.repository.js';
import { surveysRepo } from './surveys.repository.js';
import { startService } from './lifecycle.js';
import { appendContactMessages, appendMessage, systemMessage } from './messages.js';
import { assertCanSendFreeText, channelDelivers, replyWindowOpen } from './outbound-policy.js';

// SPEC ATT-05, ATT-08: the conversation's commands. Status changes they cause (the first reply
// starts the service) go through the lifecycle's steps.

/**
 * An agent's message. The first one takes the attendance into service and issues the protocol,
 * which the contact also receives ("O protocolo… só será gerado a partir da primeira interação").
 */
export async function postAgentMessage(
  platform: Platform,
  s: Scope,
  attendanceId: string,
  userId: string,
  m: Omit<NewMessage, 'authorKind' | 'authorId'>,
  now: Date,
) {
  let a = await attendancesRepo.lock(s, attendanceId);
  if (!a) throw new AppError('ATT_NOT_FOUND');
  if (a.status === 'finished') throw new AppError('ATT_FINISHED');
  if (a.assigneeId !== userId) throw new AppError('ATT_NOT_ASSIGNED');
  if (m.clientId) {
    const existing = await attendancesRepo.messageByClientId(s, a.id, m.clientId);
    if (existing) return { message: existing, attendance: a };
  }
  // CH-02: outside the customer-service window only an approved template may reach the contact.
  if (!m.internal && m.kind !== 'template') assertCanSendFreeText(a, now);
  if (!m.internal && a.status === 'assigned') a = await startService(platform, s, a, userId, now);
  const out = await appendMessage(platform, s, a, { ...m, authorKind: 'agent', authorId: userId }, now);
  if (out.message.seq) await attendancesRepo.update(s, a.id, { agentReadSeq: out.message.seq });
  return out;
}

/**
 * SPEC ATT-08 "Reenviar avaliação": the contact receives the protocol and the survey link again, the
 * same way as at the finish. Only for a finished attendance whose survey is still unanswered.
 */
export async function resendSurvey(platform: Platform, s: Scope, attendanceId: string, now: Date) {
  const a = await attendancesRepo.lock(s, attendanceId);
  if (!a) throw new AppError('ATT_NOT_FOUND');
  const survey = a.status === 'finished' && a.protocol ? await surveysRepo.byAttendance(s, a.id) : undefined;
  if (!survey || survey.answeredAt) throw new AppError('SURVEY_RESEND_UNAVAILABLE');
  await surveysRepo.markSent(s, a.id, now);
  await attendancesRepo.addEvent(s, a.id, 'survey_resent', {});
  await appendMessage(platform, s, a, systemMessage('finished', { protocol: a.protocol, surveyToken: survey.token }), now);
}

/** A message from the contact (widget, WhatsApp…): never internal, refused once the attendance is over. */
export async function postContactMessage(platform: Platform, s: Scope, attendanceId: string, m: ContactMessage, now: Date) {
  return appendContactMessage(platform, s, await attendancesRepo.lock(s, attendanceId), m, now);
}

/** The contact's open attendance on a channel, locked; undefined when there is none or it is finished. */
export async function lockOpenContactAttendance(s: Scope, channelId: string, identity: string) {
  const a = await attendancesRepo.lockLatestByContact(s, channelId, identity);
  return a && a.status !== 'finished' ? a : undefined;
}

/**
 * Locks the latest attendance of each of these contacts in one query, ahead of a batch of their
 * messages: each contact's first postContactMessageByIdentity of the transaction then reads nothing.
 */
export async function lockContactAttendances(s: Scope, contacts: { channelId: string; identity: string }[]) {
  await attendancesRepo.lockLatestByContacts(s, contacts);
}

/** The same, to the contact's latest attendance on a channel, found and locked in one query. */
export async function postContactMessageByIdentity(platform: Platform, s: Scope, channelId: string, identity: string, m: ContactMessage, now: Date) {
  const out = await appendContactMessage(platform, s, await attendancesRepo.lockLatestByContact(s, channelId, identity), m, now);
  // Still locked, latest and open: the contact's next message in this transaction is appended without a read.
  attendancesRepo.keepLocked(s, out.attendance);
  return out;
}

/**
 * SPEC CH-02 at load: contacts' messages appended in one statement to the open attendances this
 * transaction has locked ahead (lockContactAttendances), in the order given. Answers, per message,
 * what was stored, or undefined for a contact with no open attendance (the caller opens one with
 * postContactMessage, after). Fewer than two such messages: all undefined, for the one-by-one path.
 */
export async function postContactMessagesToOpen(
  platform: Platform,
  s: Scope,
  items: { channelId: string; identity: string; m: ContactMessage }[],
  now: Date,
) {
  const open = items.map(({ channelId, identity }) => {
    const a = attendancesRepo.lockedLatest(s, channelId, identity);
    return a && a.status !== 'finished' ? a : undefined;
  });
  const batch = items.flatMap(({ m }, i) =>
    open[i] ? [{ i, a: open[i], m: { ...m, authorKind: 'contact' as const, authorId: null, internal: false } }] : [],
  );
  const answers: ({ message: MessageRow; duplicate: false } | undefined)[] = items.map(() => undefined);
  if (batch.length < 2) return answers;
  const { messages, attendances } = await appendContactMessages(platform, s, batch, now);
  batch.forEach(({ i }, k) => (answers[i] = messages[k]));
  // Still locked, latest and open: the contacts' next messages in this transaction are appended without a read.
  for (const a of attendances) attendancesRepo.keepLocked(s, a);
  return answers;
}

type ContactMessage = { body: string; clientId: string | null; attachmentId: string | null } & Partial<
  Pick<NewMessage, 'kind' | 'content' | 'providerMessageId'>
>;

function appendContactMessage(platform: Platform, s: Scope, a: AttendanceRow | undefined, m: ContactMessage, now: Date) {
  if (!a) throw new AppError('ATT_NOT_FOUND');
  if (a.status === 'finished') throw new AppError('ATT_FINISHED');
  return appendMessage(platform, s, a, { ...m, authorKind: 'contact', authorId: null, internal: false }, now);
}

export type ReplyChannelState = { channelType: string; unavailable: 'channel_not_deliverable' | 'window_closed' | null };

/** SPEC KB-03: whether the customer can be answered through this attendance's channel now, and if not, why. */
export function replyChannelState(a: AttendanceRow, now: Date): ReplyChannelState {
  if (!channelDelivers(a.channelType)) return { channelType: a.channelType, unavailable: 'channel_not_deliverable' };
  return { channelType: a.channelType, unavailable: replyWindowOpen(a, now) ? null : 'window_closed' };
}

/**
 * SPEC KB-03: a reply to a request, sent to the customer through the channel of the attendance the
 * request was registered in — open or already finished, as "Reenviar avaliação" does — as the agent's
 * message, delivered and tracked like any other (CH-02). The text names the request's protocol.
 */
export async function replyThroughAttendance(platform: Platform, s: Scope, attendanceId: string, userId: string, body: string, now: Date) {
  const a = await attendancesRepo.lock(s, attendanceId);
  if (!a) throw new AppError('ATT_NOT_FOUND');
  if (replyChannelState(a, now).unavailable === 'channel_not_deliverable') throw new AppError('REQUEST_CHANNEL_UNAVAILABLE');
  assertCanSendFreeText(a, now);
  const out = await appendMessage(
    platform,
    s,
    a,
    { body, clientId: null, attachmentId: null, internal: false, authorKind: 'agent', authorId: userId },
    now,
  );
  return { channelType: a.channelType, messageId: out.message.id };
}
