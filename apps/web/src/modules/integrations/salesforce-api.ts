import type { SalesforceSettings, SalesforceSettingsBody, SalesforceSync, SalesforceTestResult } from '@atende/shared';
import { api } from '../../app/api';

// SPEC CRM-01…CRM-03: "Administração → Integrações → Salesforce" and the attendance's status line.
export const salesforceKeys = {
  settings: ['admin', 'salesforce'] as const,
  syncs: ['admin', 'salesforce', 'syncs'] as const,
  attendance: (id: string) => ['salesforce', 'attendance', id] as const,
};

export type SalesforceSettingsInput = Partial<SalesforceSettingsBody> & Pick<SalesforceSettingsBody, 'enabled' | 'loginUrl' | 'clientId'>;
export type AttendanceSalesforce = { enabled: boolean; sync: SalesforceSync | null };

export const getSalesforceSettings = (signal?: AbortSignal) => api.get<SalesforceSettings>('/api/integrations/salesforce', undefined, signal);
export const saveSalesforceSettings = (body: SalesforceSettingsInput) => api.put<SalesforceSettings>('/api/integrations/salesforce', body);
export const testSalesforce = () => api.post<SalesforceTestResult>('/api/integrations/salesforce/test');
export const listSalesforceSyncs = (signal?: AbortSignal) =>
  api.get<{ items: SalesforceSync[] }>('/api/integrations/salesforce/syncs', undefined, signal);
export const attendanceSalesforce = (id: string, signal?: AbortSignal) =>
  api.get<AttendanceSalesforce>(`/api/integrations/salesforce/attendances/${id}`, undefined, signal);
export const retrySalesforceSync = (id: string) => api.post<SalesforceSync>(`/api/integrations/salesforce/syncs/${id}/retry`);
