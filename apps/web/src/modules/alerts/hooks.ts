import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { onSocketEvent, onSocketReconnect } from '../../app/socket';
import {
  alertKeys,
  assumeAlert,
  closeAlert,
  createAppUser,
  getAccess,
  getAppUser,
  getSettings,
  inviteAppUser,
  listAlerts,
  listAppUsers,
  markSeen,
  saveSettings,
  setAppUserActive,
  updateAppUser,
  type AlertFilter,
  type AppUserInput,
} from './api';

/** SPEC ALR-06: whether the Canal de Alertas' "Início" is for this user. */
export function useAlertAccess() {
  return useQuery({ queryKey: alertKeys.access, queryFn: ({ signal }) => getAccess(signal), staleTime: 60_000 });
}

export function useAlerts(filter: AlertFilter) {
  return useQuery({ queryKey: alertKeys.list(filter), queryFn: ({ signal }) => listAlerts(filter, signal) });
}

/** Live: a fired or changed alert refreshes the lists (and a missed push is caught on reconnect). */
export function useAlertsRealtime() {
  const qc = useQueryClient();
  useEffect(() => {
    const refresh = () => void qc.invalidateQueries({ queryKey: alertKeys.all });
    const offs = [onSocketEvent('alert.fired', refresh), onSocketEvent('alert.changed', refresh), onSocketReconnect(refresh)];
    return () => offs.forEach((off) => off());
  }, [qc]);
}

function useAlertMutation<A, R>(fn: (a: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: alertKeys.all }) });
}

export const useMarkSeen = () => useAlertMutation(markSeen);
export const useAssumeAlert = () => useAlertMutation(assumeAlert);
export const useCloseAlert = () => useAlertMutation(({ id, note }: { id: string; note: string }) => closeAlert(id, note));

export function useAppUsers(search: string) {
  return useQuery({ queryKey: alertKeys.userList(search), queryFn: ({ signal }) => listAppUsers(search, signal), select: (d) => d.users });
}
export function useAppUser(id: string | null) {
  return useQuery({ queryKey: alertKeys.user(id ?? ''), queryFn: ({ signal }) => getAppUser(id!, signal), enabled: Boolean(id) });
}
export const useSaveAppUser = () =>
  useAlertMutation(({ id, body }: { id: string | null; body: AppUserInput }) => (id ? updateAppUser(id, body) : createAppUser(body)));
export const useSetAppUserActive = () => useAlertMutation(({ id, active }: { id: string; active: boolean }) => setAppUserActive(id, active));
export const useInviteAppUser = () => useMutation({ mutationFn: inviteAppUser });

export function useAlertSettings(enabled = true) {
  return useQuery({ queryKey: alertKeys.settings, queryFn: ({ signal }) => getSettings(signal), enabled });
}
export const useSaveAlertSettings = () => useAlertMutation(saveSettings);
