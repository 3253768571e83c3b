import { Paper, Skeleton, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { setFilter, toggleSort, type GridState } from '../../grid-query';
import { columnTitle } from '../../labels';
import { rowKey, type ColumnDef, type PageResult, type Row } from '../../panel-types';
import { ColumnFilter } from './ColumnFilter';
import { GridCell } from './GridCell';
import { GridFooter, ListAllButton } from './GridFooter';

type Props = {
  caption: string;
  columns: ColumnDef[];
  state: GridState;
  onState: (state: GridState) => void;
  result: PageResult | undefined;
  loading: boolean;
  /** Search mode (PAN-07): rows only after a filter or "Listar todos". */
  searchMode: boolean;
  /** `rowKey` of the selected row. */
  selectedId: string | null;
  onSelect: (row: Row) => void;
  onOpen: (row: Row) => void;
  toolbar?: ReactNode;
};

// The window less the top bar, the grid's toolbar and footer.
const GRID_MAX_HEIGHT = 'max(280px, calc(100dvh - 200px))';

/** SPEC PAN-07: a server-paginated grid with sortable headers, per-column filters and row selection. */
export function DataGrid({ caption, columns, state, onState, result, loading, searchMode, selectedId, onSelect, onOpen, toolbar }: Props) {
  const { t } = useTranslation();
  const waitingSearch = searchMode && result !== undefined && !result.searched;
  const listAll = () => onState({ ...state, listAll: true, page: 1 });
  const rows = result?.rows;
  const onKey = (e: KeyboardEvent, row: Row) => {
    if (e.key === 'Enter') onOpen(row);
    if (e.key === ' ') {
      e.preventDefault();
      onSelect(row);
    }
  };

  return (
    <Paper withBorder radius="lg" style={{ overflow: 'hidden' }} component="section" aria-label={caption}>
      {toolbar}
      {/* SPEC PAN-07 on a 1366×768 screen: the grid scrolls inside a box no taller than the window,
          so its horizontal scrollbar (every column) is always in reach, headers kept in view. */}
      <Table.ScrollContainer
        minWidth={900}
        maxHeight={GRID_MAX_HEIGHT}
        type="native"
        role="group"
        aria-label={t('panelsKit.grid.scroll', { caption })}
        tabIndex={0}
      >
        <Table verticalSpacing={6} horizontalSpacing="sm" highlightOnHover stickyHeader aria-label={caption} fz="sm">
          <Table.Thead bg="gray.0">
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th
                  key={c.key}
                  aria-sort={state.sort === c.key ? (state.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {c.sortable ? (
                    <UnstyledButton
                      fz="sm"
                      fw={600}
                      onClick={() => onState(toggleSort(state, c.key))}
                      aria-label={t('panels.grid.sortBy', { column: columnTitle(t, c) })}
                    >
                      {columnTitle(t, c)} <SortIcon active={state.sort === c.key} dir={state.dir} />
                    </UnstyledButton>
                  ) : (
                    columnTitle(t, c)
                  )}
                </Table.Th>
              ))}
            </Table.Tr>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th key={c.key} fw={400} miw={c.type === 'datetime' ? 230 : 110}>
                  <ColumnFilter column={c} value={state.filters[c.key] ?? ''} onChange={(v) => onState(setFilter(state, c.key, v))} />
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {loading && !rows && <LoadingRows count={columns.length} />}
            {!waitingSearch &&
              rows?.map((row) => (
                <Table.Tr
                  key={rowKey(row)}
                  tabIndex={0}
                  aria-selected={rowKey(row) === selectedId}
                  bg={rowKey(row) === selectedId ? 'blue.0' : undefined}
                  style={{ cursor: 'pointer' }}
                  onClick={() => onSelect(row)}
                  onDoubleClick={() => onOpen(row)}
                  onKeyDown={(e) => onKey(e, row)}
                >
                  {columns.map((c) => (
                    <Table.Td key={c.key}>
                      <GridCell column={c} row={row} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {/* Outside the table so that it stays in view however wide the table scrolls. */}
      {waitingSearch && (
        <Stack align="center" gap="sm" py="lg">
          <Text c="dimmed">{t('panels.grid.searchEmpty')}</Text>
          <ListAllButton onClick={listAll} />
        </Stack>
      )}
      {!waitingSearch && rows?.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          {t('panels.grid.empty')}
        </Text>
      )}
      <GridFooter
        total={waitingSearch ? undefined : result?.total}
        page={state.page}
        pageSize={state.pageSize}
        onPage={(page) => onState({ ...state, page })}
        onPageSize={(pageSize) => onState({ ...state, pageSize, page: 1 })}
        listAll={searchMode && !waitingSearch && !state.listAll ? <ListAllButton onClick={listAll} /> : null}
      />
    </Paper>
  );
}

function SortIcon({ active, dir }: { active: boolean; dir: 'asc' | 'desc' }) {
  if (!active) return <IconArrowsSort size={12} aria-hidden style={{ opacity: 0.4 }} />;
  return dir === 'asc' ? <IconArrowUp size={12} aria-hidden /> : <IconArrowDown size={12} aria-hidden />;
}

function LoadingRows({ count }: { count: number }) {
  return (
    <>
      {[0, 1, 2].map((i) => (
        <Table.Tr key={i}>
          {Array.from({ length: count }, (_, j) => (
            <Table.Td key={j}>
              <Skeleton h={14} radius="sm" />
            </Table.Td>
          ))}
        </Table.Tr>
      ))}
    </>
  );
}
