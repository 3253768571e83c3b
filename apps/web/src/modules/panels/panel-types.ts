import type { FormFieldKind, PanelColumnDef, PanelPage, PanelView, PivotRequest, PivotResult, ProcessTree, Wallboard } from '@atende/shared';

// The shapes of /api/panels/* (SPEC PAN-07…PAN-11), from the shared registry and schemas.

/** A registry column, or an "Informações Personalizadas" field column with its own label (ATT-12). */
export type ColumnDef = Omit<PanelColumnDef, 'key'> & { key: string; label?: string; fieldType?: FormFieldKind };
export type ViewDef = Omit<PanelView, 'columns'> & { columns: ColumnDef[] };
/** A grid row; `id` is the attendance's. Interaction rows also carry their event's `eventId`. */
export type Row = { id: string; eventId?: string } & Record<string, unknown>;
/** One key per row, even when several rows (events) belong to one attendance. */
export const rowKey = (row: Row): string => row.eventId ?? row.id;
export type PageResult = Omit<PanelPage, 'rows'> & { rows: Row[] };
export type TreeRow = ProcessTree['processes'][number]['subprocesses'][number]['rows'][number];
export type WallboardQueue = Wallboard['queues'][number];
export type PivotValue = PivotRequest['values'][number];
export type { PivotRequest, PivotResult, ProcessTree, Wallboard };
