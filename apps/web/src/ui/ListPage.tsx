import { Button, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { DataTable, type Column } from './DataTable';
import { ErrorAlert } from './ErrorAlert';
import { PageHeader } from './PageHeader';

type Props<T> = {
  title: string;
  subtitle: string;
  /** The header's create button ("Novo motivo"…). */
  newLabel: string;
  onNew: () => void;
  /** The list's query: rows while it loads or fails are handled here. */
  list: { data: T[] | undefined; error: unknown; isError: boolean };
  columns: Column<T>[];
  rowKey: (row: T) => string;
  empty: string;
  /** The table's accessible name; the page title unless it says more. */
  caption?: string;
  /** Above the table (a filter) and under it (a detail panel). */
  above?: ReactNode;
  below?: ReactNode;
  /** The page's dialogs. */
  children?: ReactNode;
};

/** An admin page that lists one kind of item in a table, with a create button in its header. */
export function ListPage<T>({ title, subtitle, newLabel, onNew, list, columns, rowKey, empty, caption, above, below, children }: Props<T>) {
  return (
    <>
      <PageHeader
        title={title}
        subtitle={subtitle}
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={onNew}>
            {newLabel}
          </Button>
        }
      />
      <Stack gap="md">
        {above}
        <ErrorAlert error={list.error} />
        <DataTable columns={columns} rows={list.isError ? [] : list.data} rowKey={rowKey} empty={empty} caption={caption ?? title} />
        {below}
      </Stack>
      {children}
    </>
  );
}
