import type {
  calendarBody,
  Calendar,
  Classification,
  ClassificationKind,
  classificationBody,
  ContactOrigin,
  Holiday,
  holidayBody,
  PanelTool,
  Process,
  Role,
  SlaPolicy,
  slaPolicyBody,
  SlaReason,
  slaReasonBody,
  subprocessBody,
  Subprocess,
  ToolPermissions,
  updateSlaPolicyBody,
  updateSubprocessBody,
} from '@atende/shared';
import type { z } from 'zod';
import { api } from '../../app/api';

// SPEC PAN-02…PAN-04, ORG-03: the service configuration the admin keeps under
// "Configurações de atendimento" (contract "Config REST API"; shapes from @atende/shared).

export type {
  Calendar,
  Classification,
  ClassificationKind,
  ContactOrigin,
  Holiday,
  Process,
  SlaPolicy,
  SlaReason,
  SlaReasonType,
  Subprocess,
  ToolPermissions,
} from '@atende/shared';
export type WorkingSpan = Calendar['hours'][number];
export type CalendarInput = z.input<typeof calendarBody>;
export type SlaMode = SlaPolicy['mode'];
export type SlaPolicyInput = z.input<typeof slaPolicyBody>;
export type SlaPolicyUpdate = z.input<typeof updateSlaPolicyBody>;
export type SubprocessInput = z.input<typeof subprocessBody>;
export type SubprocessUpdate = z.input<typeof updateSubprocessBody>;
export type ClassificationInput = z.input<typeof classificationBody>;
export type SlaReasonInput = z.input<typeof slaReasonBody>;
export type HolidayInput = z.input<typeof holidayBody>;
export type ToolMatrix = Record<Role, Record<PanelTool, boolean>>;

type Items<T> = { items: T[] };
type Named = { name?: string; active?: boolean };

export const configKeys = {
  all: ['config'] as const,
  processes: ['config', 'processes'] as const,
  classifications: (kind: ClassificationKind) => ['config', 'classifications', kind] as const,
  contactOrigins: ['config', 'contact-origins'] as const,
  slaReasons: ['config', 'sla-reasons'] as const,
  calendars: ['config', 'calendars'] as const,
  holidays: (calendarId: string, year: number) => ['config', 'calendars', calendarId, 'holidays', year] as const,
  slaPolicies: ['config', 'sla-policies'] as const,
  toolPermissions: ['config', 'tool-permissions'] as const,
};

export const listProcesses = (signal?: AbortSignal) => api.get<Items<Process>>('/api/processes', undefined, signal);
export const createProcess = (body: { name: string }) => api.post<Process>('/api/processes', body);
export const updateProcess = (id: string, body: Named) => api.patch<Process>(`/api/processes/${id}`, body);
export const createSubprocess = (processId: string, body: SubprocessInput) => api.post<Subprocess>(`/api/processes/${processId}/subprocesses`, body);
export const updateSubprocess = (id: string, body: SubprocessUpdate) => api.patch<Subprocess>(`/api/subprocesses/${id}`, body);

export const listClassifications = (kind: ClassificationKind, signal?: AbortSignal) =>
  api.get<Items<Classification>>('/api/classifications', { kind }, signal);
export const createClassification = (body: ClassificationInput) => api.post<Classification>('/api/classifications', body);
export const updateClassification = (id: string, body: Named) => api.patch<Classification>(`/api/classifications/${id}`, body);

export const listContactOrigins = (signal?: AbortSignal) => api.get<Items<ContactOrigin>>('/api/contact-origins', undefined, signal);
export const createContactOrigin = (body: { name: string }) => api.post<ContactOrigin>('/api/contact-origins', body);
export const updateContactOrigin = (id: string, body: Named) => api.patch<ContactOrigin>(`/api/contact-origins/${id}`, body);

export const listSlaReasons = (signal?: AbortSignal) => api.get<Items<SlaReason>>('/api/sla-reasons', undefined, signal);
export const createSlaReason = (body: SlaReasonInput) => api.post<SlaReason>('/api/sla-reasons', body);
export const updateSlaReason = (id: string, body: Named) => api.patch<SlaReason>(`/api/sla-reasons/${id}`, body);

export const listCalendars = (signal?: AbortSignal) => api.get<Items<Calendar>>('/api/calendars', undefined, signal);
export const createCalendar = (body: CalendarInput) => api.post<Calendar>('/api/calendars', body);
export const updateCalendar = (id: string, body: Partial<CalendarInput>) => api.patch<Calendar>(`/api/calendars/${id}`, body);
export const deleteCalendar = (id: string) => api.delete(`/api/calendars/${id}`);
export const listHolidays = (calendarId: string, year: number, signal?: AbortSignal) =>
  api.get<Items<Holiday>>(`/api/calendars/${calendarId}/holidays`, { year }, signal);
export const addHoliday = (calendarId: string, body: HolidayInput) => api.post<Holiday>(`/api/calendars/${calendarId}/holidays`, body);
export const removeHoliday = (id: string) => api.delete(`/api/calendar-holidays/${id}`);

export const listSlaPolicies = (signal?: AbortSignal) => api.get<Items<SlaPolicy>>('/api/sla-policies', undefined, signal);
export const createSlaPolicy = (body: SlaPolicyInput) => api.post<SlaPolicy>('/api/sla-policies', body);
export const updateSlaPolicy = (id: string, body: SlaPolicyUpdate) => api.patch<SlaPolicy>(`/api/sla-policies/${id}`, body);

export const getToolPermissions = (signal?: AbortSignal) => api.get<ToolPermissions>('/api/tool-permissions', undefined, signal);
export const saveToolPermissions = (matrix: ToolMatrix) => api.put<ToolPermissions>('/api/tool-permissions', { matrix });
