import type { MailLogEntry, MailSecurity, MailSettingsView } from '@atende/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';

// "Administração → E-mail": SMTP settings, the test e-mail and the sending log.
export type MailSettingsInput = {
  host: string;
  port: number;
  security: MailSecurity;
  username: string | null;
  password?: string | null;
  fromName: string;
  fromAddress: string;
};

const keys = { settings: ['mail', 'settings'] as const, log: ['mail', 'log'] as const };

export const useMailSettings = () =>
  useQuery({ queryKey: keys.settings, queryFn: ({ signal }) => api.get<MailSettingsView>('/api/mail/settings', undefined, signal) });

// The log refreshes while something is still queued, so the test e-mail's result shows by itself.
export const useMailLog = () =>
  useQuery({
    queryKey: keys.log,
    queryFn: ({ signal }) => api.get<{ items: MailLogEntry[] }>('/api/mail/log', undefined, signal),
    select: (d) => d.items,
    refetchInterval: (q) => (q.state.data?.items.some((e) => e.status === 'queued') ? 3000 : false),
  });

export function useSaveMailSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: MailSettingsInput) => api.put<MailSettingsView>('/api/mail/settings', body),
    onSuccess: (view) => qc.setQueryData(keys.settings, view),
  });
}

export function useSendTestMail() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (to: string | undefined) => api.post<{ id: string; to: string }>('/api/mail/test', to ? { to } : {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.log }),
  });
}
