import type { CallbackTask, PersonIdentity } from '@atende/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { ServiceRequest } from '../knowledge/api';

// SPEC PER-04 "Histórico": the person's requests, schedules and channel identities.
type Items<T> = { items: T[] };
const keys = { tab: (id: string, tab: string) => ['persons', 'history', id, tab] as const };

const useTab = <T>(personId: string, tab: 'requests' | 'schedules' | 'identities') =>
  useQuery({
    queryKey: keys.tab(personId, tab),
    queryFn: ({ signal }) => api.get<Items<T>>(`/api/persons/${personId}/${tab}`, undefined, signal),
    select: (d) => d.items,
  });

export const usePersonRequests = (personId: string) => useTab<ServiceRequest>(personId, 'requests');
export const usePersonSchedules = (personId: string) => useTab<CallbackTask>(personId, 'schedules');
export const usePersonIdentities = (personId: string) => useTab<PersonIdentity>(personId, 'identities');
