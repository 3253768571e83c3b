import { useQuery } from '@tanstack/react-query';
import { getAttendance } from '../../attendances/api';
import { getService, panelKeys, slaHistory } from '../api';

/** SPEC PAN-01…PAN-06: one attendance's service data (company, process, SLA, address, O.S.). */
export function useAttendanceService(id: string | null) {
  return useQuery({ queryKey: panelKeys.service(id ?? ''), queryFn: ({ signal }) => getService(id!, signal), enabled: !!id });
}

/** Its events and messages (for the timeline and the attachments), SPEC ATT-10, PAN-05. */
export function useAttendanceDetail(id: string | null) {
  return useQuery({ queryKey: panelKeys.detail(id ?? ''), queryFn: ({ signal }) => getAttendance(id!, signal), enabled: !!id });
}

/** SPEC PAN-04: "Histórico" of SLA interventions, newest first. */
export function useSlaHistory(id: string | null) {
  return useQuery({ queryKey: panelKeys.history(id ?? ''), queryFn: ({ signal }) => slaHistory(id!, signal), enabled: !!id, select: (d) => d.items });
}
