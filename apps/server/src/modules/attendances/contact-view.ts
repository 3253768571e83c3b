import type { Platform } from '../../platform/platform.js';
import type { Scope } from '../../platform/db/tenant.js';
import { AppError } from '../../platform/errors.js';
import { listStaff } from '../tenancy/index.js';
import { attachmentsRepo } from './attachments.repository.js';
import { attendancesRepo, type AttendanceRow } from './attendances.repository.js';
import { detectAttachmentType, MAX_ATTACHMENT_BYTES } from './file-types.js';
import { renderMessages } from './queries/attendances.queries.js';
import { surveysRepo } from './surveys.repository.js';

// What a contact's channel (the web-chat widget) may see and do: never internal notes, never
// another contact's conversation.

export type ContactState = {
  attendanceId: string;
  status: AttendanceRow['status'];
  protocol: string | null;
  queuePosition: number | null;
  agentName: string | null;
  surveyToken: string | null;
  lastSeq: number;
};

export async function contactState(s: Scope, a: AttendanceRow): Promise<ContactState> {
  const queuePosition = await attendancesRepo.queuePosition(s, a);
  const survey = await surveysRepo.byAttendance(s, a.id);
  const staff = a.assigneeId ? await listStaff(s) : [];
  return {
    attendanceId: a.id,
    status: a.status,
    protocol: a.protocol,
    queuePosition,
    agentName: staff.find((u) => u.id === a.assigneeId)?.name ?? null,
    surveyToken: survey && !survey.answeredAt ? survey.token : null,
    lastSeq: a.lastSeq,
  };
}

/** The contact's latest conversation on a channel (the one a returning visitor sees). */
export async function latestContactAttendance(s: Scope, channelId: string, identity: string) {
  const [a] = await attendancesRepo.openByContact(s, channelId, identity);
  return a;
}

export async function contactMessages(s: Scope, attendanceId: string, afterSeq: number) {
  return (await renderMessages(s, await attendancesRepo.messagesAfter(s, attendanceId, afterSeq, false))).map((m) => ({
    ...m,
    // A contact sees the agent's name, never staff ids.
    authorId: null,
  }));
}

export async function contactStateById(s: Scope, attendanceId: string) {
  const a = await attendancesRepo.byId(s, attendanceId);
  return a ? contactState(s, a) : undefined;
}

/** Stores an uploaded file for an attendance, checked by type and size. */
export async function storeAttachment(_platform: Platform, s: Scope, attendanceId: string, fileName: string, data: Buffer) {
  const type = detectAttachmentType(data);
  if (!type || data.length > MAX_ATTACHMENT_BYTES) throw new AppError('ATTACHMENT_INVALID');
  const safeName = fileName.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 120) || 'arquivo';
  return attachmentsRepo.insert(s, { attendanceId, fileName: safeName, contentType: type, data });
}

export async function readAttachment(s: Scope, attendanceId: string, attachmentId: string) {
  const file = await attachmentsRepo.byId(s, attachmentId);
  if (!file || file.attendanceId !== attendanceId) throw new AppError('ATTACHMENT_NOT_FOUND');
  return file;
}
