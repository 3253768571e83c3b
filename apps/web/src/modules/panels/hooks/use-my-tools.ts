import type { PanelTool } from '@atende/shared';
import { useQuery } from '@tanstack/react-query';
import { getMyTools, panelKeys } from '../api';

/** SPEC ORG-03: the tools the current user may use; none until known (the API enforces the same rule). */
export function useMyTools(): (tool: PanelTool) => boolean {
  const query = useQuery({ queryKey: panelKeys.tools, queryFn: ({ signal }) => getMyTools(signal), staleTime: 60_000 });
  const tools = new Set(query.data?.tools ?? []);
  return (tool) => tools.has(tool);
}
