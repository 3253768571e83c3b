import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  attendanceSalesforce,
  getSalesforceSettings,
  listSalesforceSyncs,
  retrySalesforceSync,
  salesforceKeys,
  saveSalesforceSettings,
  testSalesforce,
  type SalesforceSettingsInput,
} from '../salesforce-api';

export function useSalesforceSettings() {
  return useQuery({ queryKey: salesforceKeys.settings, queryFn: ({ signal }) => getSalesforceSettings(signal) });
}

export function useSaveSalesforceSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SalesforceSettingsInput) => saveSalesforceSettings(body),
    onSuccess: (saved) => queryClient.setQueryData(salesforceKeys.settings, saved),
  });
}

export function useTestSalesforce() {
  return useMutation({ mutationFn: () => testSalesforce() });
}

/** The integration log; refreshed every few seconds while open, since jobs change it in the background. */
export function useSalesforceSyncs() {
  return useQuery({
    queryKey: salesforceKeys.syncs,
    queryFn: ({ signal }) => listSalesforceSyncs(signal),
    select: (d) => d.items,
    refetchInterval: 5000,
  });
}

export function useAttendanceSalesforce(attendanceId: string) {
  return useQuery({
    queryKey: salesforceKeys.attendance(attendanceId),
    queryFn: ({ signal }) => attendanceSalesforce(attendanceId, signal),
    // Until the Task is written too, a job may still be working (or retrying with backoff).
    refetchInterval: (q) => {
      const data = q.state.data;
      if (!data?.enabled) return false;
      return data.sync?.status === 'synced' && data.sync.taskId ? false : 5000;
    },
  });
}

export function useRetrySalesforceSync() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => retrySalesforceSync(id),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: ['salesforce'] }).then(() => queryClient.invalidateQueries({ queryKey: salesforceKeys.syncs })),
  });
}
