import type { PanelTool } from '../tools.js';
import type { PanelColumnDef, PanelColumnKey } from './columns.js';

// SPEC PAN-07: a tab of "Painel de Atendimento" and its views.
/** grid: paged rows; tree: "Processo x Subprocessos"; pivot: "Gráfico Sintético" (PAN-09). */
export type PanelViewKind = 'grid' | 'tree' | 'pivot';

export type PanelView = {
  key: string;
  kind: PanelViewKind;
  /** Rows only after a filter or "listar todos" (the seed's "modo pesquisa"). */
  searchMode: boolean;
  columns: PanelColumnDef[];
  defaultSort: { column: PanelColumnKey; dir: 'asc' | 'desc' };
  tools: PanelTool[];
};

export type PanelTab = { key: string; views: PanelView[] };

export function view(key: string, v: Omit<PanelView, 'key' | 'kind' | 'searchMode'> & Partial<Pick<PanelView, 'kind' | 'searchMode'>>): PanelView {
  return { key, kind: v.kind ?? 'grid', searchMode: v.searchMode ?? false, columns: v.columns, defaultSort: v.defaultSort, tools: v.tools };
}
