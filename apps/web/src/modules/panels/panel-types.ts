import type { PanelColumnDef, PanelPage, PanelView, PivotRequest, PivotResult, ProcessTree, Wallboard } from '@atende/shared';

// The shapes of /api/panels/* (SPEC PAN-07…PAN-11), from the shared registry and schemas.

export type ColumnDef = PanelColumnDef;
export type ViewDef = PanelView;
/** A grid row; `id` is the attendance's. Interaction rows also carry their event's `eventId`. */
export type Row = { id: string; eventId?: string } & Record<string, unknown>;
/** One key per row, even when several rows (events) belong to one attendance. */
export const rowKey = (row: Row): string => row.eventId ?? row.id;
export type PageResult = Omit<PanelPage, 'rows'> & { rows: Row[] };
export type TreeRow = ProcessTree['processes'][number]['subprocesses'][number]['rows'][number];
export type WallboardQueue = Wallboard['queues'][number];
export type PivotValue = PivotRequest['values'][number];
export type { PivotRequest, PivotResult, ProcessTree, Wallboard };
