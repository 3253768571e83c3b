import { useQuery } from '@tanstack/react-query';
import { getProcessTree, panelKeys } from '../api';

/** SPEC PAN-07 "Processo x Subprocesso": open attendances grouped by process and running subprocess. */
export function useProcessTree() {
  return useQuery({ queryKey: panelKeys.tree, queryFn: ({ signal }) => getProcessTree(signal) });
}
