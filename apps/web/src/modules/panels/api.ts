import type {
  AttendanceService,
  PanelTool,
  ServiceOrder,
  closeSubprocessBody,
  createServiceOrderBody,
  forwardProcessBody,
  newPanelAttendanceBody,
  patchAttendanceServiceBody,
  patchServiceOrderBody,
  slaHistoryItem,
  slaIncrementBody,
  slaPauseBody,
  slaPreviewResponse,
} from '@atende/shared';
import type { z } from 'zod';
import { api } from '../../app/api';
import type { ColumnDef, PageResult, PivotRequest, PivotResult, ProcessTree, Wallboard } from './panel-types';

// SPEC PAN-01…PAN-11: what the panel reads from /api/panels/* and changes through the attendance
// service routes (/api/attendances/:id/…), both in the server's OpenAPI document.

type Items<T> = { items: T[] };
export type Query = Record<string, string | number | undefined>;
export type SlaHistoryItem = z.infer<typeof slaHistoryItem>;
export type PanelPreferences = { columns?: string[] | null; pivot?: unknown };

export const panelKeys = {
  all: ['panels'] as const,
  grids: ['panels', 'grid'] as const,
  grid: (tab: string, view: string, query: Query) => ['panels', 'grid', tab, view, query] as const,
  tree: ['panels', 'grid', 'process-tree'] as const,
  prefs: (grid: string) => ['panels', 'prefs', grid] as const,
  wallboard: ['panels', 'wallboard'] as const,
  formColumns: ['panels', 'form-columns'] as const,
  tools: ['panels', 'tools-me'] as const,
  service: (id: string) => ['panels', 'service', id] as const,
  detail: (id: string) => ['panels', 'detail', id] as const,
  history: (id: string) => ['panels', 'sla-history', id] as const,
  orders: (id: string) => ['panels', 'service-orders', id] as const,
};

// Read side (panels-server).
export const getGridPage = (tab: string, view: string, query: Query, signal?: AbortSignal) =>
  api.get<PageResult>(`/api/panels/${tab}/${view}`, query, signal);
export const getProcessTree = (signal?: AbortSignal) => api.get<ProcessTree>('/api/panels/process-tree', undefined, signal);
export const postPivot = (body: PivotRequest) => api.post<PivotResult>('/api/panels/pivot', body);
export const getPreferences = (grid: string, signal?: AbortSignal) => api.get<PanelPreferences>(`/api/panels/preferences/${grid}`, undefined, signal);
export const putPreferences = (grid: string, body: PanelPreferences) => api.put<PanelPreferences>(`/api/panels/preferences/${grid}`, body);
export const getFormColumns = (signal?: AbortSignal) => api.get<{ columns: ColumnDef[] }>('/api/panels/form-columns', undefined, signal);
export const getWallboard = (signal?: AbortSignal) => api.get<Wallboard>('/api/panels/wallboard', undefined, signal);
export const exportPath = (tab: string, view: string) => `/api/panels/${tab}/${view}/export`;

// ORG-03: what the current user may use.
export const getMyTools = (signal?: AbortSignal) => api.get<{ tools: PanelTool[] }>('/api/tool-permissions/me', undefined, signal);

// One attendance (service-data).
export const getService = (id: string, signal?: AbortSignal) => api.get<AttendanceService>(`/api/attendances/${id}/service`, undefined, signal);
// POST /api/attendances is the agent's "Iniciar atendimento"; the panel's "Novo atendimento" has its own path.
export const createAttendance = (body: z.input<typeof newPanelAttendanceBody>) => api.post<AttendanceService>('/api/attendances/panel', body);
export const patchService = (id: string, body: z.input<typeof patchAttendanceServiceBody>) =>
  api.patch<AttendanceService>(`/api/attendances/${id}/service`, body);
export const slaPreview = (id: string, body: { unit: 'hours' | 'days'; quantity: number }) =>
  api.post<z.infer<typeof slaPreviewResponse>>(`/api/attendances/${id}/sla/preview`, body);
export const slaIncrement = (id: string, body: z.input<typeof slaIncrementBody>) =>
  api.post<AttendanceService>(`/api/attendances/${id}/sla/increment`, body);
export const slaPause = (id: string, body: z.input<typeof slaPauseBody>) => api.post<AttendanceService>(`/api/attendances/${id}/sla/pause`, body);
export const slaResume = (id: string) => api.post<AttendanceService>(`/api/attendances/${id}/sla/resume`, {});
export const slaHistory = (id: string, signal?: AbortSignal) =>
  api.get<Items<SlaHistoryItem>>(`/api/attendances/${id}/sla/history`, undefined, signal);
export const takeAttendance = (id: string) => api.post<AttendanceService>(`/api/attendances/${id}/take`, {});
export const releaseAttendance = (id: string) => api.post<AttendanceService>(`/api/attendances/${id}/release`, {});
export const forwardAttendance = (id: string, body: z.input<typeof forwardProcessBody>) =>
  api.post<AttendanceService>(`/api/attendances/${id}/forward`, body);
export const closeSubprocess = (id: string, body: z.input<typeof closeSubprocessBody>) =>
  api.post<AttendanceService>(`/api/attendances/${id}/subprocess/close`, body);
export const resendSurvey = (id: string) => api.post<void>(`/api/attendances/${id}/survey/resend`, {});
/** Listing them records 'service_order_viewed' ("Uma O.S. desse atendimento foi visualizada"). */
export const listServiceOrders = (id: string, signal?: AbortSignal) =>
  api.get<Items<ServiceOrder>>(`/api/attendances/${id}/service-orders`, undefined, signal);
export const createServiceOrder = (id: string, body: z.input<typeof createServiceOrderBody>) =>
  api.post<ServiceOrder>(`/api/attendances/${id}/service-orders`, body);
export const patchServiceOrder = (id: string, body: z.input<typeof patchServiceOrderBody>) =>
  api.patch<ServiceOrder>(`/api/service-orders/${id}`, body);
export const deleteServiceOrder = (id: string) => api.delete(`/api/service-orders/${id}`);
