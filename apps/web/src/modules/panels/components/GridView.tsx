import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { columnsParam, gridQuery, initialGridState } from '../grid-query';
import { useGridPreferences } from '../hooks/use-grid-preferences';
import { useGridPage } from '../hooks/use-grid-page';
import { useViewDef } from '../hooks/use-panel-views';
import { viewLabel } from '../labels';
import { PanelGrid } from './PanelGrid';

/** One grid view of the panel (SPEC PAN-07), read from GET /api/panels/:tab/:view. */
export function GridView({ tab, view }: { tab: string; view: string }) {
  const { t } = useTranslation();
  const { def } = useViewDef(tab, view);
  const [state, setState] = useState(() =>
    def ? { ...initialGridState, sort: def.defaultSort.column, dir: def.defaultSort.dir } : initialGridState,
  );
  const prefs = useGridPreferences(`${tab}.${view}`);
  const query = { ...gridQuery(def?.columns ?? [], state), columns: columnsParam(def?.columns ?? [], prefs.data?.columns) };
  const page = useGridPage(tab, view, query, !!def);
  return (
    <PanelGrid tab={tab} view={view} caption={viewLabel(t, tab, view)} def={def} state={state} onState={setState} page={page} exportQuery={query} />
  );
}
