import type { PortalSession, ProtocolLookupResult } from '@atende/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../app/api';

// SPEC PER-06: the customer portal's calls (its own session cookie; CSRF header on writes).
const keys = { me: ['portal', 'me'] as const, demands: ['portal', 'demands'] as const };

async function me(signal?: AbortSignal) {
  const session = await api.get<PortalSession>('/api/portal/me', undefined, signal);
  setCsrfToken(session.csrfToken);
  return session;
}

export const usePortalSession = () => useQuery({ queryKey: keys.me, queryFn: ({ signal }) => me(signal), retry: false });
export const usePortalDemands = (enabled: boolean) =>
  useQuery({
    queryKey: keys.demands,
    queryFn: ({ signal }) => api.get<{ items: ProtocolLookupResult[] }>('/api/portal/demands', undefined, signal),
    enabled,
  });

function useSignIn<T>(fn: (body: T) => Promise<PortalSession>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      qc.setQueryData(keys.me, session);
    },
  });
}
export const usePortalLogin = () => useSignIn((body: { login: string; password: string }) => api.post<PortalSession>('/api/portal/login', body));
export const usePortalSetPassword = () =>
  useSignIn((body: { token: string; password: string }) => api.post<PortalSession>('/api/portal/password', body));
export const usePortalFirstAccess = () =>
  useMutation({ mutationFn: (body: { document: string; email: string }) => api.post<{ ok: true }>('/api/portal/first-access', body) });
export function usePortalLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ ok: true }>('/api/portal/logout'),
    onSuccess: () => {
      setCsrfToken(null);
      // Reset (not remove) so the mounted page asks again, gets 401 and shows the login form.
      return qc.resetQueries({ queryKey: ['portal'] });
    },
  });
}
