import type { PortalUserView } from '@atende/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';

// SPEC PER-06 "Usuário": the person's portal login and "Reenviar senha".
const key = (personId: string) => ['persons', personId, 'portal-user'] as const;

export const usePortalUser = (personId: string) =>
  useQuery({ queryKey: key(personId), queryFn: ({ signal }) => api.get<PortalUserView>(`/api/persons/${personId}/portal-user`, undefined, signal) });

export function useResendPortalPassword(personId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<PortalUserView & { sentTo: string }>(`/api/persons/${personId}/portal-user/resend`),
    onSuccess: ({ sentTo: _sentTo, ...view }) => qc.setQueryData(key(personId), view),
  });
}
