import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  attendanceKeys,
  finalizeAttendance,
  getAttendance,
  linkPerson,
  listAttendances,
  personAttendances,
  startAttendance,
  transferAttendance,
  type AttendanceDetail,
  type AttendanceView,
  type TransferInput,
} from '../api';
import { applySummary, removeFromList, type SummaryList } from '../attendance-list';
import { mergeMessages } from '../message-log';

/** SPEC WS-09: "Atendimento" (kept live by pushes) and "Histórico". */
export function useAttendanceList(view: AttendanceView) {
  return useQuery({
    queryKey: attendanceKeys.list(view),
    queryFn: ({ signal }) => listAttendances(view, signal),
    select: (data) => data.items,
    staleTime: view === 'active' ? Infinity : 30_000, // pushes keep the active list; a reconnect refetches
  });
}

/** One attendance with its transcript and events; a refetch never drops messages pushed meanwhile. */
export function useAttendanceDetail(id: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: attendanceKeys.detail(id),
    queryFn: async ({ signal }) => {
      const fresh = await getAttendance(id, signal);
      const current = queryClient.getQueryData<AttendanceDetail>(attendanceKeys.detail(id));
      return current ? { ...fresh, messages: mergeMessages(current.messages, fresh.messages) } : fresh;
    },
  });
}

export function usePersonAttendances(personId: string | null) {
  return useQuery({
    queryKey: attendanceKeys.ofPerson(personId ?? ''),
    queryFn: ({ signal }) => personAttendances(personId!, signal),
    select: (data) => data.items,
    enabled: Boolean(personId),
  });
}

function useLeaveList() {
  const queryClient = useQueryClient();
  return (id: string) => {
    const list = queryClient.getQueryData<SummaryList>(attendanceKeys.list('active'));
    if (list) queryClient.setQueryData(attendanceKeys.list('active'), removeFromList(list, id));
    void queryClient.invalidateQueries({ queryKey: attendanceKeys.list('history') });
    queryClient.removeQueries({ queryKey: attendanceKeys.detail(id) });
  };
}

/** SPEC ATT-06: to an agent or a queue; the attendance leaves the agent's list. */
export function useTransfer(id: string) {
  const leave = useLeaveList();
  return useMutation({ mutationFn: (input: TransferInput) => transferAttendance(id, input), onSuccess: () => leave(id) });
}

/** SPEC ATT-07 "Finalizar". */
export function useFinalize(id: string) {
  const leave = useLeaveList();
  return useMutation({
    mutationFn: (input: { classification: string; comment: string }) => finalizeAttendance(id, input),
    onSuccess: () => leave(id),
  });
}

/** SPEC ATT-04 "Iniciar atendimento": the new attendance joins the list at once. */
export function useStartAttendance(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string | null) => startAttendance(personId),
    onSuccess: (summary) => {
      const list = queryClient.getQueryData<SummaryList>(attendanceKeys.list('active'));
      if (list) queryClient.setQueryData(attendanceKeys.list('active'), applySummary(list, summary, userId));
    },
  });
}

/** SPEC PER-03 "Vincular" (or unlink with null). */
export function useLinkPerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string | null) => linkPerson(id, personId),
    onSuccess: (summary) => {
      const key = attendanceKeys.detail(id);
      const detail = queryClient.getQueryData<AttendanceDetail>(key);
      if (detail) queryClient.setQueryData(key, { ...detail, attendance: { ...summary, rating: detail.attendance.rating } });
      void queryClient.invalidateQueries({ queryKey: key });
      void queryClient.invalidateQueries({ queryKey: attendanceKeys.list('active') });
      void queryClient.invalidateQueries({ queryKey: ['attendances', 'person'] });
    },
  });
}
