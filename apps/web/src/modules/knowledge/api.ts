import type {
  requestCommentBody,
  requestDetailSchema,
  AttendanceForm,
  attendanceFormBody,
  AttendanceFormFill,
  FormAnswers,
  AttendanceInformation,
  AttendanceKnowledge,
  AttendanceScript,
  attendanceScriptBody,
  KnowledgeCategory,
  knowledgeCategoryBody,
  KnowledgeItem,
  knowledgeItemBody,
  KnowledgeTree,
  RequestStatus,
  ServiceRequest,
} from '@atende/shared';
import type { z } from 'zod';
import { api } from '../../app/api';

// SPEC KB-01…KB-03, ATT-07, ATT-11: the knowledge module's REST API (shapes from @atende/shared).

export type {
  AttendanceInformation,
  AttendanceKnowledge,
  AttendanceScript,
  KnowledgeCategory,
  KnowledgeItem,
  KnowledgeTree,
  RequestStatus,
  ServiceRequest,
};
export type CategoryInput = z.input<typeof knowledgeCategoryBody>;
export type ItemInput = z.input<typeof knowledgeItemBody>;
export type ScriptInput = z.input<typeof attendanceScriptBody>;
/** SPEC KB-03: a request with its comments and where a reply can go (e-mail, the attendance's channel). */
export type RequestDetail = z.infer<typeof requestDetailSchema>;
export type CommentVia = z.input<typeof requestCommentBody>['via'] & string;
export type FilledScript = { id: string; title: string; text: string };
type Items<T> = { items: T[] };

export const knowledgeKeys = {
  tree: (q: string) => ['knowledge', 'tree', q] as const,
  trees: ['knowledge', 'tree'] as const,
  attendance: (id: string) => ['knowledge', 'attendance', id] as const,
  scripts: ['knowledge', 'scripts'] as const,
  attendanceScripts: (id: string) => ['knowledge', 'attendance-scripts', id] as const,
  requests: ['knowledge', 'requests'] as const,
  requestList: (filter: RequestFilter) => ['knowledge', 'requests', 'list', filter] as const,
  request: (id: string) => ['knowledge', 'requests', 'detail', id] as const,
};

export const getTree = (q: string, signal?: AbortSignal) => api.get<KnowledgeTree>('/api/knowledge/tree', q ? { q } : undefined, signal);
export const createCategory = (body: CategoryInput) => api.post<KnowledgeCategory>('/api/knowledge/categories', body);
export const updateCategory = (id: string, body: Partial<CategoryInput>) => api.patch<KnowledgeCategory>(`/api/knowledge/categories/${id}`, body);
export const deleteCategory = (id: string) => api.delete(`/api/knowledge/categories/${id}`);
export const createItem = (body: ItemInput) => api.post<KnowledgeItem>('/api/knowledge/items', body);
export const updateItem = (id: string, body: Partial<Omit<ItemInput, 'kind'>>) => api.patch<KnowledgeItem>(`/api/knowledge/items/${id}`, body);
export const deleteItem = (id: string) => api.delete(`/api/knowledge/items/${id}`);

export const attendanceKnowledge = (id: string, signal?: AbortSignal) =>
  api.get<AttendanceKnowledge>(`/api/attendances/${id}/knowledge`, undefined, signal);
export const registerInformation = (id: string, itemId: string) => api.post<AttendanceInformation>(`/api/attendances/${id}/informations`, { itemId });
export const registerRequest = (id: string, body: { requestTypeId: string; description: string; attachmentIds: string[] }) =>
  api.post<ServiceRequest>(`/api/attendances/${id}/requests`, body);

export type RequestFilter = { status?: RequestStatus; q?: string; late?: 'true' | 'false' };
export const listRequests = (filter: RequestFilter, signal?: AbortSignal) =>
  api.get<Items<ServiceRequest>>(
    '/api/requests',
    { ...(filter.status ? { status: filter.status } : {}), ...(filter.q ? { q: filter.q } : {}) },
    signal,
  );
export const getRequest = (id: string, signal?: AbortSignal) => api.get<RequestDetail>(`/api/requests/${id}`, undefined, signal);
export const updateRequest = (id: string, body: { status?: RequestStatus; assigneeId?: string | null }) =>
  api.patch<RequestDetail>(`/api/requests/${id}`, body);
export const commentRequest = (id: string, body: string, via: CommentVia = 'comment') =>
  api.post<RequestDetail>(`/api/requests/${id}/comments`, { body, via });

export const listScripts = (signal?: AbortSignal) => api.get<Items<AttendanceScript>>('/api/scripts', undefined, signal);
export const createScript = (body: ScriptInput) => api.post<AttendanceScript>('/api/scripts', body);
export const updateScript = (id: string, body: Partial<ScriptInput>) => api.patch<AttendanceScript>(`/api/scripts/${id}`, body);
export const attendanceScripts = (id: string, signal?: AbortSignal) =>
  api.get<Items<FilledScript>>(`/api/attendances/${id}/scripts`, undefined, signal);

// SPEC ATT-12 "Informações Personalizadas".
export type { AttendanceForm, AttendanceFormFill, FormAnswers, FormField } from '@atende/shared';
export type FormInput = z.input<typeof attendanceFormBody>;
export const formKeys = { all: ['knowledge', 'forms'] as const, attendance: (id: string) => ['knowledge', 'forms', 'attendance', id] as const };
export const listForms = (signal?: AbortSignal) => api.get<Items<AttendanceForm>>('/api/attendance-forms', undefined, signal);
export const createForm = (body: FormInput) => api.post<AttendanceForm>('/api/attendance-forms', body);
export const updateForm = (id: string, body: Partial<FormInput>) => api.patch<AttendanceForm>(`/api/attendance-forms/${id}`, body);
export const attendanceForms = (id: string, signal?: AbortSignal) =>
  api.get<Items<AttendanceFormFill>>(`/api/attendances/${id}/forms`, undefined, signal);
export const saveFormAnswers = (id: string, formId: string, answers: FormAnswers) =>
  api.put<AttendanceFormFill>(`/api/attendances/${id}/forms/${formId}`, { answers });
