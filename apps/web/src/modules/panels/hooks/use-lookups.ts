import type { SlaReasonType } from '@atende/shared';
import { useQuery } from '@tanstack/react-query';
import { configKeys, listClassifications, listContactOrigins, listProcesses, listSlaReasons } from '../../config/api';

// The lists the panel's forms choose from (active entries only). They share the configuration
// screens' queries, so a change saved there (SPEC PAN-02…PAN-04) reaches the panel's dropdowns.

const active = <T extends { active: boolean }>(items: T[]) => items.filter((i) => i.active);

export function useProcesses() {
  return useQuery({ queryKey: configKeys.processes, queryFn: ({ signal }) => listProcesses(signal), select: (d) => active(d.items) });
}

export function useOpeningClassifications() {
  return useQuery({
    queryKey: configKeys.classifications('opening'),
    queryFn: ({ signal }) => listClassifications('opening', signal),
    select: (d) => active(d.items),
  });
}

export function useOrigins() {
  return useQuery({
    queryKey: configKeys.contactOrigins,
    queryFn: ({ signal }) => listContactOrigins(signal),
    select: (d) => active(d.items),
  });
}

export function useSlaReasons(type: SlaReasonType) {
  return useQuery({
    queryKey: configKeys.slaReasons,
    queryFn: ({ signal }) => listSlaReasons(signal),
    select: (d) => active(d.items).filter((r) => r.type === type),
  });
}
