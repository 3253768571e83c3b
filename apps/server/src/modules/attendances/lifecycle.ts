import { randomBytes } from 'node:crypto';
import { formatProtocol, protocolYear } from '@atende/shared';
import { AppError } from '../../platform/errors.js';
import type { Platform } from '../../platform/platform.js';
import type { Scope } from '../../platform/db/tenant.js';
import { attendancesRepo, type AttendanceRow, type NewAttendance, type NewMessage } from './attendances.repository.js';
import { surveysRepo } from './surveys.repository.js';
import { attachmentsRepo } from './attachments.repository.js';
import { toMessage } from './mappers.js';
import { staffName } from '../tenancy/index.js';

// The in-transaction steps every attendance command and channel adapter is built from.
// Each writes its timeline event (ATT-10) and its domain event in the caller's transaction.

export type OpenInput = Pick<NewAttendance, 'channelId' | 'channelType' | 'queueId' | 'contact' | 'contactIdentity' | 'personId' | 'priority'>;

export async function openAttendance(platform: Platform, s: Scope, input: OpenInput): Promise<AttendanceRow> {
  const a = await attendancesRepo.insert(s, { ...input, status: 'waiting' });
  await attendancesRepo.addEvent(s, a.id, 'created', { channelType: a.channelType, queueId: a.queueId });
  await platform.events.emit(s, 'attendance.queued', { attendanceId: a.id, queueId: a.queueId });
  return a;
}

/** ATT-02: the offer. Exclusive because it only applies to a still-waiting attendance. */
export async function assignAttendance(platform: Platform, s: Scope, attendanceId: string, userId: string, at: Date) {
  const a = await attendancesRepo.assignIfWaiting(s, attendanceId, userId, at);
  if (!a) return undefined;
  await attendancesRepo.addEvent(s, a.id, 'assigned', { userId, queueId: a.queueId });
  await platform.events.emit(s, 'attendance.assigned', { attendanceId: a.id, userId, queueId: a.queueId });
  return a;
}

/** An offer the agent never answered goes back to the head of its queue (agent left the channel). */
export async function releaseAttendance(platform: Platform, s: Scope, a: AttendanceRow, reason: string) {
  const row = await attendancesRepo.update(s, a.id, { status: 'waiting', assigneeId: null, assignedAt: null });
  await attendancesRepo.addEvent(s, a.id, 'released', { userId: a.assigneeId, reason });
  await platform.events.emit(s, 'attendance.queued', { attendanceId: a.id, queueId: row.queueId });
  return row;
}

/** ATT-01: issued once, gap-free per organization and year, inside the caller's transaction. */
export async function issueProtocol(platform: Platform, s: Scope, a: AttendanceRow, now: Date): Promise<AttendanceRow> {
  if (a.protocol) return a;
  const year = protocolYear(now);
  const protocol = formatProtocol(year, await attendancesRepo.nextProtocolNumber(s, year));
  const row = await attendancesRepo.update(s, a.id, { protocol });
  await attendancesRepo.addEvent(s, a.id, 'protocol_issued', { protocol });
  return row;
}

export async function appendMessage(platform: Platform, s: Scope, a: AttendanceRow, m: NewMessage, now: Date) {
  const message = await attendancesRepo.appendMessage(s, a.id, m, now);
  if (!message) {
    // The same clientId was stored before: a retried send answers with the stored message.
    const existing = (await attendancesRepo.messageByClientId(s, a.id, m.clientId!))!;
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

/**
 * An agent's message. The first one takes the attendance into service and issues the protocol,
 * which the contact also receives ("O protocolo… só será gerado a partir da primeira interação").
 */
export async function postAgentMessage(platform: Platform, s: Scope, attendanceId: string, userId: string, m: Omit<NewMessage, 'authorKind' | 'authorId'>, now: Date) {
  let a = await attendancesRepo.lock(s, attendanceId);
  if (!a) throw new AppError('ATT_NOT_FOUND');
  if (a.status === 'finished') throw new AppError('ATT_FINISHED');
  if (a.assigneeId !== userId) throw new AppError('ATT_NOT_ASSIGNED');
  if (m.clientId) {
    const existing = await attendancesRepo.messageByClientId(s, a.id, m.clientId);
    if (existing) return { message: existing, attendance: a };
  }
  if (!m.internal && a.status === 'assigned') {
    a = await issueProtocol(platform, s, a, now);
    a = await attendancesRepo.update(s, a.id, { status: 'in_progress', firstResponseAt: now });
    await attendancesRepo.addEvent(s, a.id, 'started', { userId });
    await platform.events.emit(s, 'attendance.updated', { attendanceId: a.id });
    await appendMessage(platform, s, a, systemMessage('protocol', { protocol: a.protocol }), now);
    a = (await attendancesRepo.byId(s, a.id))!;
  }
  const out = await appendMessage(platform, s, a, { ...m, authorKind: 'agent', authorId: userId }, now);
  if (out.message.seq) await attendancesRepo.update(s, a.id, { agentReadSeq: out.message.seq });
  return out;
}

/** System messages carry a code and data; each side renders them in its own language. */
export function systemMessage(code: 'protocol' | 'finished' | 'transferred', data: Record<string, unknown>): NewMessage {
  return { authorKind: 'system', authorId: null, internal: false, attachmentId: null, clientId: null, body: JSON.stringify({ code, ...data }) };
}

/** ATT-07: closes the attendance, opens its survey, tells the contact the protocol and the link. */
export async function finishAttendance(platform: Platform, s: Scope, a: AttendanceRow, input: { classification: string; comment: string }, now: Date) {
  if (a.status === 'finished') throw new AppError('ATT_FINISHED');
  let row = await issueProtocol(platform, s, a, now);
  row = await attendancesRepo.update(s, a.id, {
    status: 'finished',
    finishedAt: now,
    finishedBy: s.actorId,
    closingClassification: input.classification,
    closingComment: input.comment || null,
  });
  const survey = await surveysRepo.create(s, a.id, randomBytes(18).toString('base64url'));
  await attendancesRepo.addEvent(s, a.id, 'finished', { classification: input.classification, comment: input.comment });
  await appendMessage(platform, s, row, systemMessage('finished', { protocol: row.protocol, surveyToken: survey.token }), now);
  await platform.events.emit(s, 'attendance.finished', { attendanceId: a.id, queueId: a.queueId, userId: a.assigneeId, protocol: row.protocol });
  return { attendance: row, surveyToken: survey.token };
}

/** SPEC ATT-04: an attendance started by hand, served at once by its opener; the protocol is issued now. */
export async function startManualAttendance(platform: Platform, s: Scope, input: { userId: string; personId: string | null; contact: AttendanceRow['contact']; now: Date }) {
  const { userId, now } = input;
  const a = await attendancesRepo.insert(s, {
    channelType: 'manual',
    status: 'in_progress',
    assigneeId: userId,
    openedBy: userId,
    assignedAt: now,
    firstResponseAt: now,
    personId: input.personId,
    contact: input.contact,
  });
  await attendancesRepo.addEvent(s, a.id, 'created', { channelType: 'manual', startedBy: userId });
  const row = await issueProtocol(platform, s, a, now);
  // Queued attendances announce themselves with attendance.queued; this one never queues (PAN-02 defaults).
  await platform.events.emit(s, 'attendance.created', { attendanceId: row.id });
  return row;
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

/** The same, to the contact's latest attendance on a channel, found and locked in one query. */
export async function postContactMessageByIdentity(platform: Platform, s: Scope, channelId: string, identity: string, m: ContactMessage, now: Date) {
  return appendContactMessage(platform, s, await attendancesRepo.lockLatestByContact(s, channelId, identity), m, now);
}

type ContactMessage = { body: string; clientId: string | null; attachmentId: string | null };

function appendContactMessage(platform: Platform, s: Scope, a: AttendanceRow | undefined, m: ContactMessage, now: Date) {
  if (!a) throw new AppError('ATT_NOT_FOUND');
  if (a.status === 'finished') throw new AppError('ATT_FINISHED');
  return appendMessage(platform, s, a, { ...m, authorKind: 'contact', authorId: null, internal: false }, now);
}
