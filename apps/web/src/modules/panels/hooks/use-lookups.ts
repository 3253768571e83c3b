import { useQuery } from '@tanstack/react-query';
import { listTeams } from '../../admin/api';
import { listCompanies, workspaceKeys } from '../../admin/workspace-api';
import { listClassifications, listOrigins, listProcesses, listSlaReasons, panelKeys } from '../api';

// The lists the panel's forms choose from (active entries only).

const active = <T extends { active: boolean }>(items: T[]) => items.filter((i) => i.active);

export function useProcesses() {
  return useQuery({ queryKey: [...panelKeys.lookups, 'processes'], queryFn: ({ signal }) => listProcesses(signal), select: (d) => active(d.items) });
}

export function useOpeningClassifications() {
  return useQuery({
    queryKey: [...panelKeys.lookups, 'classifications', 'opening'],
    queryFn: ({ signal }) => listClassifications('opening', signal),
    select: (d) => active(d.items),
  });
}

export function useOrigins() {
  return useQuery({ queryKey: [...panelKeys.lookups, 'origins'], queryFn: ({ signal }) => listOrigins(signal), select: (d) => active(d.items) });
}

export function useSlaReasons(type: 'increment' | 'pause') {
  return useQuery({
    queryKey: [...panelKeys.lookups, 'sla-reasons', type],
    queryFn: ({ signal }) => listSlaReasons(type, signal),
    select: (d) => active(d.items),
  });
}

export function useCompanyList() {
  return useQuery({ queryKey: workspaceKeys.companies, queryFn: ({ signal }) => listCompanies(signal), select: (d) => d.items });
}

export function useTeamList() {
  return useQuery({ queryKey: [...panelKeys.lookups, 'teams'], queryFn: ({ signal }) => listTeams(signal), select: (d) => d.items });
}
