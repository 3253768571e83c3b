import type {
  AlertAppUser,
  alertAppUserBody,
  AlertLevel,
  AlertSettings,
  alertSettingsBody,
  AlertState,
  AlertView,
  PushSubscriptionBody,
} from '@atende/shared';
import type { z } from 'zod';
import { api } from '../../app/api';

// SPEC ALR-04, ALR-06, ALR-07: the alerts module's console API (shapes from @atende/shared).

export type { AlertAppUser, AlertLevel, AlertSettings, AlertState, AlertView };
export type AppUserInput = z.input<typeof alertAppUserBody>;
export type SettingsInput = z.input<typeof alertSettingsBody>;
export type AlertFilter = { from?: string; to?: string; level?: AlertLevel };
export type AlertsPage = { alerts: AlertView[]; counts: Record<AlertLevel, number> };

export const alertKeys = {
  all: ['alerts'] as const,
  access: ['alerts', 'access'] as const,
  list: (f: AlertFilter) => ['alerts', 'list', f] as const,
  users: ['alerts', 'users'] as const,
  userList: (search: string) => ['alerts', 'users', 'list', search] as const,
  user: (id: string) => ['alerts', 'users', 'detail', id] as const,
  settings: ['alerts', 'settings'] as const,
};

const clean = (f: AlertFilter) => Object.fromEntries(Object.entries(f).filter(([, v]) => v)) as Record<string, string>;

export const getAccess = (signal?: AbortSignal) => api.get<{ monitor: boolean }>('/api/alerts/access', undefined, signal);
export const listAlerts = (f: AlertFilter, signal?: AbortSignal) => api.get<AlertsPage>('/api/alerts', clean(f), signal);
export const markSeen = (id: string) => api.post<AlertView>(`/api/alerts/${id}/seen`);
export const assumeAlert = (id: string) => api.post<AlertView>(`/api/alerts/${id}/assume`);
export const closeAlert = (id: string, note: string) => api.post<AlertView>(`/api/alerts/${id}/close`, { note });
export const voiceNoteUrl = (id: string) => `/api/alerts/${id}/voice-note`;

export const listAppUsers = (search: string, signal?: AbortSignal) =>
  api.get<{ users: AlertAppUser[] }>('/api/alerts/users', search ? { search } : undefined, signal);
export const getAppUser = (id: string, signal?: AbortSignal) =>
  api.get<AlertAppUser & { alerts: AlertView[] }>(`/api/alerts/users/${id}`, undefined, signal);
export const createAppUser = (body: AppUserInput) => api.post<AlertAppUser>('/api/alerts/users', body);
export const updateAppUser = (id: string, body: Partial<AppUserInput>) => api.patch<AlertAppUser>(`/api/alerts/users/${id}`, body);
export const setAppUserActive = (id: string, active: boolean) =>
  api.post<AlertAppUser>(`/api/alerts/users/${id}/${active ? 'reactivate' : 'deactivate'}`);
export const inviteAppUser = (id: string) =>
  api.post<{ link: string; expiresAt: string; emailedTo: string | null }>(`/api/alerts/users/${id}/invite`);

export const getSettings = (signal?: AbortSignal) => api.get<AlertSettings>('/api/alerts/settings', undefined, signal);
export const saveSettings = (body: SettingsInput) => api.put<AlertSettings>('/api/alerts/settings', body);

// SPEC ALR-04: this browser's subscription to staff web pushes (new alerts).
export const pushKey = async () => (await api.get<{ publicKey: string }>('/api/push/key')).publicKey;
export const pushSubscribe = (body: PushSubscriptionBody) => api.post<{ ok: true }>('/api/push/subscriptions', body);
