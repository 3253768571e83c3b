import type { FastifyRequest } from 'fastify';
import { streamUpload, type StoredUpload } from '../../platform/http/uploads.js';
import type { Platform } from '../../platform/platform.js';
import { newBlobKey } from '../../platform/storage/storage.js';
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

const safeFileName = (fileName: string) => fileName.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 120) || 'arquivo';

/**
 * Stores a file for an attendance (fetched media, small uploads), checked by type and size: the
 * blob is written first and deleted again if the transaction fails, so no row points nowhere.
 */
export async function storeAttachment(platform: Platform, s: Scope, attendanceId: string, fileName: string, data: Buffer) {
  const type = detectAttachmentType(data);
  if (!type || data.length > MAX_ATTACHMENT_BYTES) throw new AppError('ATTACHMENT_INVALID');
  const storageKey = newBlobKey(s.organizationId, 'attachments');
  s.onRollback(() => platform.storage.delete(storageKey));
  await platform.storage.put(storageKey, data, { contentType: type });
  return attachmentsRepo.insert(s, { attendanceId, fileName: safeFileName(fileName), contentType: type, size: data.length, storageKey });
}

/**
 * ATT-05: streams the request's uploaded file (multipart field "file") into storage, checked by its
 * bytes and size, outside any transaction. `recordAttachment` then gives it its row; a caller whose
 * work fails in between must `discardUpload`.
 */
export function receiveAttachment(platform: Platform, organizationId: string, req: FastifyRequest): Promise<StoredUpload> {
  return streamUpload(req, platform.storage, {
    key: newBlobKey(organizationId, 'attachments'),
    codes: { invalid: 'ATTACHMENT_INVALID', tooLarge: 'ATTACHMENT_TOO_LARGE' },
    maxBytes: MAX_ATTACHMENT_BYTES,
    detect: detectAttachmentType,
  });
}

/** The row for a file `receiveAttachment` stored; the blob goes if the transaction fails. */
export async function recordAttachment(platform: Platform, s: Scope, attendanceId: string, upload: StoredUpload) {
  s.onRollback(() => platform.storage.delete(upload.key));
  const { filename, contentType, size, key } = upload;
  return attachmentsRepo.insert(s, { attendanceId, fileName: safeFileName(filename), contentType, size, storageKey: key });
}

/** Removes a received file that will get no row (the request failed before it was recorded). */
export async function discardUpload(platform: Platform, upload: StoredUpload) {
  await platform.storage.delete(upload.key).catch(() => undefined);
}

/** An attachment's description (never its bytes), if it belongs to the attendance. */
export async function readAttachment(s: Scope, attendanceId: string, attachmentId: string) {
  const file = await attachmentsRepo.byId(s, attachmentId);
  if (!file || file.attendanceId !== attendanceId) throw new AppError('ATTACHMENT_NOT_FOUND');
  return file;
}

/** The attachment's bytes whole, for a provider that takes a file in one piece (outbound media); undefined if gone. */
export async function readAttachmentBytes(platform: Platform, file: { storageKey: string | null }): Promise<Buffer | undefined> {
  const blob = file.storageKey ? await platform.storage.get(file.storageKey) : undefined;
  if (!blob) return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of blob.stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The attachment's bytes as a stream from blob storage. */
export async function openAttachment(platform: Platform, file: { storageKey: string | null }) {
  const blob = file.storageKey ? await platform.storage.get(file.storageKey) : undefined;
  if (!blob) throw new AppError('ATTACHMENT_NOT_FOUND');
  return blob;
}
