import { randomBytes } from 'node:crypto';
import { formatProtocol, protocolYear } from '@atende/shared';
import { AppError } from '../../platform/errors.js';
import type { Platform } from '../../platform/platform.js';
import type { Scope } from '../../platform/db/tenant.js';
import { attendancesRepo, type AttendanceRow, type NewAttendance } from './attendances.repository.js';
import { surveysRepo } from './surveys.repository.js';
import { appendMessage, systemMessage } from './messages.js';

// The attendance's state machine (SPEC ATT-01…ATT-08): waiting → assigned → in_progress → finished,
// and back to waiting. This file is the only writer of the lifecycle's columns (status, assignee,
// queue, protocol, closing); other modules reach these steps through the module's index.ts by their
// intent, never by patching columns (issue item "one writer per state machine").
// Each step writes its timeline event (ATT-10) and its domain event in the caller's transaction.

export type OpenInput = Pick<NewAttendance, 'channelId' | 'channelType' | 'queueId' | 'contact' | 'contactIdentity' | 'personId' | 'priority'>;

export async function openAttendance(platform: Platform, s: Scope, input: OpenInput): Promise<AttendanceRow> {
  const a = await attendancesRepo.insert(s, { ...input, status: 'waiting' });
  await attendancesRepo.addEvent(s, a.id, 'created', { channelType: a.channelType, queueId: a.queueId });
  await platform.events.emit(s, 'attendance.queued', { attendanceId: a.id, queueId: a.queueId });
  return a;
}

/** SPEC ATT-04: an attendance started by hand, served at once by its opener; the protocol is issued now. */
export async function startManualAttendance(
  platform: Platform,
  s: Scope,
  input: { userId: string; personId: string | null; contact: AttendanceRow['contact']; now: Date },
) {
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

/** ATT-02: the offer. Exclusive because it only applies to a still-waiting attendance. */
export async function assignAttendance(platform: Platform, s: Scope, attendanceId: string, userId: string, at: Date) {
  const a = await attendancesRepo.assignIfWaiting(s, attendanceId, userId, at);
  if (!a) return undefined;
  await attendancesRepo.addEvent(s, a.id, 'assigned', { userId, queueId: a.queueId });
  await platform.events.emit(s, 'attendance.assigned', { attendanceId: a.id, userId, queueId: a.queueId });
  return a;
}

/** Back to the head of its queue with nobody holding it; routing offers it again. */
async function requeue(platform: Platform, s: Scope, a: AttendanceRow): Promise<AttendanceRow> {
  const row = await attendancesRepo.setState(s, a.id, { status: 'waiting', assigneeId: null, assignedAt: null });
  await platform.events.emit(s, 'attendance.queued', { attendanceId: a.id, queueId: row.queueId });
  return row;
}

/** An offer the agent never answered goes back to the head of its queue (agent left the channel). */
export async function releaseAttendance(platform: Platform, s: Scope, a: AttendanceRow, reason: string) {
  const row = await requeue(platform, s, a);
  await attendancesRepo.addEvent(s, a.id, 'released', { userId: a.assigneeId, reason });
  return row;
}

/**
 * SPEC PAN-05 "Liberação": nobody holds the attendance any more. An offer not yet answered goes back
 * to its queue, so routing offers it again; one in progress stays in progress. The caller records
 * the interaction (who released it) in its own words.
 */
export async function dropAssignee(platform: Platform, s: Scope, a: AttendanceRow): Promise<AttendanceRow> {
  if (a.status === 'assigned' && a.queueId !== null) return requeue(platform, s, a);
  return attendancesRepo.setState(s, a.id, { assigneeId: null, assignedAt: null });
}

/**
 * SPEC PAN-05 "Resgate": the user becomes responsible. A waiting one leaves its queue as an offer to
 * them, through the same step as routing's offer, so 'attendance.assigned' tells the visitor's
 * screen, the agent's offer and the queue positions (ATT-02); any other keeps its status.
 */
export async function takeAttendance(platform: Platform, s: Scope, a: AttendanceRow, userId: string, now: Date): Promise<AttendanceRow> {
  if (a.status === 'waiting') return (await assignAttendance(platform, s, a.id, userId, now)) ?? a;
  return attendancesRepo.setState(s, a.id, { assigneeId: userId, assignedAt: now });
}

/**
 * SPEC ATT-01, KB-03: the next protocol of the organization — `YYYY-NNNNNNNNNN`, one counter per
 * organization and year. Requests take theirs from the same counter, so a protocol names one thing.
 */
export async function nextProtocol(s: Scope, now: Date): Promise<string> {
  const year = protocolYear(now);
  return formatProtocol(year, await attendancesRepo.nextProtocolNumber(s, year));
}

/** ATT-01: issued once, gap-free per organization and year, inside the caller's transaction. */
export async function issueProtocol(platform: Platform, s: Scope, a: AttendanceRow, now: Date): Promise<AttendanceRow> {
  if (a.protocol) return a;
  const protocol = await nextProtocol(s, now);
  const row = await attendancesRepo.setState(s, a.id, { protocol });
  await attendancesRepo.addEvent(s, a.id, 'protocol_issued', { protocol });
  return row;
}

/**
 * The agent's first reply to an offer: in progress from now, protocol issued and told to the contact
 * ("O protocolo… só será gerado a partir da primeira interação"). Returns the fresh row.
 */
export async function startService(platform: Platform, s: Scope, a: AttendanceRow, userId: string, now: Date): Promise<AttendanceRow> {
  const issued = await issueProtocol(platform, s, a, now);
  const row = await attendancesRepo.setState(s, issued.id, { status: 'in_progress', firstResponseAt: now });
  await attendancesRepo.addEvent(s, row.id, 'started', { userId });
  await platform.events.emit(s, 'attendance.updated', { attendanceId: row.id });
  await appendMessage(platform, s, row, systemMessage('protocol', { protocol: row.protocol }), now);
  return (await attendancesRepo.byId(s, row.id))!;
}

export type TransferTarget = { toUserId: string; toQueueId?: undefined } | { toUserId?: undefined; toQueueId: string };

/**
 * ATT-06: to another agent, who holds it at once (a waiting one becomes their offer), or back to a
 * queue, waiting one step ahead of its priority; the comment is kept in the history.
 */
export async function transferAttendance(platform: Platform, s: Scope, a: AttendanceRow, to: TransferTarget, comment: string, now: Date) {
  const row = await attendancesRepo.setState(
    s,
    a.id,
    to.toUserId
      ? { assigneeId: to.toUserId, assignedAt: now, status: a.status === 'waiting' ? 'assigned' : a.status }
      : { queueId: to.toQueueId, assigneeId: null, assignedAt: null, status: 'waiting', priority: a.priority + 1 },
  );
  await attendancesRepo.addEvent(s, a.id, 'transferred', {
    fromUserId: a.assigneeId,
    toUserId: to.toUserId ?? null,
    toQueueId: to.toQueueId ?? null,
    comment,
  });
  if (comment) await appendMessage(platform, s, row, { ...systemMessage('transferred', { comment }), internal: true }, now);
  await platform.events.emit(s, 'attendance.transferred', {
    attendanceId: a.id,
    fromUserId: a.assigneeId,
    toUserId: to.toUserId ?? null,
    queueId: row.queueId,
    previousQueueId: a.queueId,
  });
  if (!to.toUserId) await platform.events.emit(s, 'attendance.queued', { attendanceId: a.id, queueId: row.queueId });
  return row;
}

/** ATT-07: closes the attendance, opens its survey, tells the contact the protocol and the link. */
export async function finishAttendance(
  platform: Platform,
  s: Scope,
  a: AttendanceRow,
  input: { classification: string; comment: string },
  now: Date,
) {
  if (a.status === 'finished') throw new AppError('ATT_FINISHED');
  let row = await issueProtocol(platform, s, a, now);
  row = await attendancesRepo.setState(s, a.id, {
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

/**
 * SPEC VOX-01, ATT-01: a call that ended before anyone answered closes its attendance without a
 * protocol (issued only at answer) and without a survey; the timeline says why.
 */
export async function closeUnansweredCall(platform: Platform, s: Scope, a: AttendanceRow, reason: string, now: Date) {
  if (a.status === 'finished' || a.status === 'in_progress') return a;
  const row = await attendancesRepo.setState(s, a.id, { status: 'finished', finishedAt: now, finishedBy: s.actorId });
  await attendancesRepo.addEvent(s, a.id, 'call_unanswered', { reason, userId: a.assigneeId });
  await platform.events.emit(s, 'attendance.finished', { attendanceId: a.id, queueId: a.queueId, userId: a.assigneeId, protocol: null });
  return row;
}
