import { Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { exportPath, type Query } from '../api';
import type { GridState } from '../grid-query';
import { visibleColumns } from '../grid-query';
import { useGridPreferences, useSaveGridPreferences } from '../hooks/use-grid-preferences';
import { rowKey, type PageResult, type Row, type ViewDef } from '../panel-types';
import { AttendanceDrawer } from './detail/AttendanceDrawer';
import { DataGrid } from './grid/DataGrid';
import { PanelToolbar } from './tools/PanelToolbar';

type Props = {
  tab: string;
  view: string;
  caption: string;
  def: ViewDef | undefined;
  state: GridState;
  onState: (state: GridState) => void;
  page: UseQueryResult<PageResult>;
  exportQuery: Query;
};

/** A panel grid with its toolbar (PAN-10), column choice and the attendance opened by double-click. */
export function PanelGrid({ tab, view, caption, def, state, onState, page, exportQuery }: Props) {
  const grid = `${tab}.${view}`;
  const prefs = useGridPreferences(grid);
  const savePrefs = useSaveGridPreferences(grid);
  const [selected, setSelected] = useState<Row | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const all = def?.columns ?? [];
  const columns = visibleColumns(all, prefs.data?.columns);
  const rows = page.data?.rows;
  // The selection follows the current page: a row that left it (moved view, filtered out) is dropped.
  const current = selected && rows?.find((r) => rowKey(r) === rowKey(selected));

  return (
    <Stack gap="sm">
      <ErrorAlert error={page.error} />
      <DataGrid
        caption={caption}
        columns={columns}
        state={state}
        onState={onState}
        result={page.data}
        loading={page.isLoading || !def}
        searchMode={def?.searchMode ?? false}
        selectedId={current ? rowKey(current) : null}
        onSelect={setSelected}
        onOpen={(row) => {
          setSelected(row);
          setOpenId(row.id);
        }}
        toolbar={
          <PanelToolbar
            tab={tab}
            tools={def?.tools ?? []}
            selected={current ?? null}
            grid={{
              columns: all,
              visible: columns.map((c) => c.key),
              onColumns: (keys) => savePrefs.mutate({ columns: keys }),
              exportUrl: exportPath(tab, view),
              exportQuery,
              total: page.data?.searched === false ? 0 : page.data?.total,
            }}
          />
        }
      />
      {openId && <AttendanceDrawer id={openId} onClose={() => setOpenId(null)} />}
    </Stack>
  );
}
