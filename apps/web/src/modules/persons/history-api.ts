import type { AttendanceSummary, CallbackTask, PersonIdentity, PersonVisit } from '@atende/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { ServiceRequest } from '../knowledge/api';

// SPEC PER-04 "Histórico": the person's attendances, requests and schedules one page at a time
// (newest first, with the total), and the channel identities.
type Items<T> = { items: T[] };
export type HistoryPage<T> = { items: T[]; total: number; page: number; pageSize: number };
export const HISTORY_PAGE_SIZE = 20;
const keys = {
  tab: (id: string, tab: string) => ['persons', 'history', id, tab] as const,
  page: (id: string, tab: string, page: number) => ['persons', 'history', id, tab, page] as const,
};

const usePagedTab = <T>(personId: string, tab: 'attendances' | 'requests' | 'schedules' | 'visits', page: number) =>
  useQuery({
    queryKey: keys.page(personId, tab, page),
    queryFn: ({ signal }) => api.get<HistoryPage<T>>(`/api/persons/${personId}/${tab}`, { page, pageSize: HISTORY_PAGE_SIZE }, signal),
    // The current page stays on screen while the next one loads.
    placeholderData: keepPreviousData,
  });

export const usePersonAttendancePage = (personId: string, page: number) => usePagedTab<AttendanceSummary>(personId, 'attendances', page);
export const usePersonRequests = (personId: string, page: number) => usePagedTab<ServiceRequest>(personId, 'requests', page);
export const usePersonSchedules = (personId: string, page: number) => usePagedTab<CallbackTask>(personId, 'schedules', page);
export const usePersonVisits = (personId: string, page: number) => usePagedTab<PersonVisit>(personId, 'visits', page);
export const usePersonIdentities = (personId: string) =>
  useQuery({
    queryKey: keys.tab(personId, 'identities'),
    queryFn: ({ signal }) => api.get<Items<PersonIdentity>>(`/api/persons/${personId}/identities`, undefined, signal),
    select: (d) => d.items,
  });
