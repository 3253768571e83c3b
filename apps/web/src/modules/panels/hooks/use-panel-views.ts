import { findPanelView } from '@atende/shared';
import { useQuery } from '@tanstack/react-query';
import { getFormColumns, panelKeys } from '../api';
import type { ColumnDef, ViewDef } from '../panel-types';

/** SPEC ATT-12: the "Informações Personalizadas" fields the user may add as grid columns. */
export function useFormColumns(): ColumnDef[] {
  const q = useQuery({ queryKey: panelKeys.formColumns, queryFn: ({ signal }) => getFormColumns(signal), staleTime: 60_000 });
  return q.data?.columns ?? [];
}

/**
 * SPEC PAN-07: columns, search mode and tools of a view, from the registry the server also reads;
 * grid views also offer the form field columns (ATT-12), hidden until chosen.
 */
export function useViewDef(tab: string, view: string): { def: ViewDef | undefined } {
  const forms = useFormColumns();
  const def = findPanelView(tab, view);
  if (!def || def.kind !== 'grid') return { def };
  return { def: { ...def, columns: [...def.columns, ...forms] } };
}
