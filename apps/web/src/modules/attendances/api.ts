import type { AttendanceSummary, Message, MessageTemplate, attachmentSchema, attendanceEventSchema, sendTemplateBody } from '@atende/shared';
import type { z } from 'zod';
import { api } from '../../app/api';

export type AttendanceEvent = z.infer<typeof attendanceEventSchema>;
export type Attachment = z.infer<typeof attachmentSchema>;
export type AttendanceDetail = {
  attendance: AttendanceSummary;
  messages: Message[];
  events: AttendanceEvent[];
  queuePosition: number | null;
};
export type AttendanceView = 'active' | 'history';
export type Items<T> = { items: T[] };

export const attendanceKeys = {
  all: ['attendances'] as const,
  list: (view: AttendanceView) => ['attendances', 'list', view] as const,
  details: ['attendances', 'detail'] as const,
  detail: (id: string) => ['attendances', 'detail', id] as const,
  ofPerson: (personId: string) => ['attendances', 'person', personId] as const,
  templates: (channelId: string) => ['attendances', 'templates', channelId] as const,
};

// SPEC WS-09: the agent's own attendances, active (assigned and in progress) or finished.
export const listAttendances = (view: AttendanceView, signal?: AbortSignal) =>
  api.get<Items<AttendanceSummary>>('/api/attendances', { view }, signal);
export const getAttendance = (id: string, signal?: AbortSignal) => api.get<AttendanceDetail>(`/api/attendances/${id}`, undefined, signal);
/** What was missed after `afterSeq` (a gap in the pushes, or a reconnection). */
export const messagesAfter = (id: string, afterSeq: number, signal?: AbortSignal) =>
  api.get<Items<Message>>(`/api/attendances/${id}/messages`, { afterSeq }, signal);

export type SendInput = { body: string; internal: boolean; clientId: string; attachmentId?: string };
export const sendMessage = (id: string, input: SendInput) => api.post<Message>(`/api/attendances/${id}/messages`, input);
// SPEC CH-02: a message the provider refused goes out again (back to pending); refused with
// MESSAGE_NOT_FAILED when it did not fail.
export const resendMessage = (id: string, messageId: string) => api.post<Message>(`/api/attendances/${id}/messages/${messageId}/resend`);
// SPEC CH-02: outside the 24-hour window free text is refused (409 CHANNEL_WINDOW_CLOSED); an approved template is not.
export type TemplateInput = z.input<typeof sendTemplateBody>;
export const sendTemplate = (id: string, input: TemplateInput) => api.post<Message>(`/api/attendances/${id}/templates`, input);
export const listTemplates = (channelId: string, signal?: AbortSignal) =>
  api.get<Items<MessageTemplate>>(`/api/channels/${channelId}/templates`, undefined, signal);
export const markRead = (id: string, seq: number) => api.post<void>(`/api/attendances/${id}/read`, { seq });

export function uploadAttachment(id: string, file: File): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.post<Attachment>(`/api/attendances/${id}/attachments`, form);
}
export const attachmentUrl = (attendanceId: string, attachmentId: string) => `/api/attendances/${attendanceId}/attachments/${attachmentId}`;

export type TransferInput = { toUserId?: string; toQueueId?: string; comment: string };
export const transferAttendance = (id: string, input: TransferInput) => api.post<AttendanceSummary>(`/api/attendances/${id}/transfer`, input);
export const finalizeAttendance = (id: string, input: { classification: string; comment: string }) =>
  api.post<AttendanceSummary>(`/api/attendances/${id}/finalize`, input);
// SPEC ATT-04, ORG-04: refused with ATT_START_FORBIDDEN for users without the permission.
export const startAttendance = (personId: string | null) => api.post<AttendanceSummary>('/api/attendances', { personId });
export const linkPerson = (id: string, personId: string | null) => api.post<AttendanceSummary>(`/api/attendances/${id}/person`, { personId });
export const personAttendances = (personId: string, signal?: AbortSignal) =>
  api.get<Items<AttendanceSummary>>(`/api/persons/${personId}/attendances`, { pageSize: 100 }, signal);
