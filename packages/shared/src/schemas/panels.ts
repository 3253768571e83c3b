import { z } from 'zod';
import { panelTools } from '../tools.js';
import {
  advancedSearchKinds,
  isFormColumnKey,
  panelColumnKeys,
  pivotAggs,
  pivotFields,
  pivotFilterKinds,
  pivotValueFields,
} from '../panels/index.js';

// SPEC PAN-07…PAN-11: "Painel de Atendimento" REST shapes (contract "Panels REST API").
export * from '../panels/index.js';

const columnKey = z.enum(panelColumnKeys as [string, ...string[]]);

export const panelColumnDefSchema = z.object({
  key: columnKey,
  type: z.enum(['text', 'number', 'datetime', 'enum', 'boolean', 'hours']),
  enumValues: z.array(z.string()).optional(),
  sortable: z.literal(true),
  filterable: z.literal(true),
  defaultVisible: z.boolean(),
});

export const panelViewsResponse = z.object({
  tabs: z.array(
    z.object({
      key: z.string(),
      views: z.array(
        z.object({
          key: z.string(),
          kind: z.enum(['grid', 'tree', 'pivot']),
          searchMode: z.boolean(),
          columns: z.array(panelColumnDefSchema),
          defaultSort: z.object({ column: columnKey, dir: z.enum(['asc', 'desc']) }),
          tools: z.array(z.enum(panelTools)),
        }),
      ),
    }),
  ),
});

/** SPEC ATT-12: the form field columns the caller may add to the attendance grids. */
export const panelFormColumnsResponse = z.object({
  columns: z.array(
    z.object({
      key: z.string(),
      type: z.enum(['text', 'number', 'datetime', 'enum', 'boolean', 'hours']),
      enumValues: z.array(z.string()).optional(),
      sortable: z.literal(true),
      filterable: z.literal(true),
      defaultVisible: z.literal(false),
      label: z.string(),
      fieldType: z.enum(['text', 'number', 'date', 'select', 'checkbox', 'document', 'cep']),
    }),
  ),
});

export const panelViewParams = z.object({ tab: z.string().max(40), view: z.string().max(40) });

/**
 * Page, sort and the list-all switch; every other key is a column filter `f.<column>` (text:
 * contains, case- and accent-insensitive; enum: equals, comma list = any; datetime: `from..to` ISO;
 * number/hours: `n` or `a..b`; boolean: true|false). The advanced search (view search/advanced,
 * PAN-08) takes `kind`, `value`, `from` and `to`.
 */
export const panelGridQuery = z
  .object({
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(50),
    sort: z.string().max(120).optional(),
    dir: z.enum(['asc', 'desc']).optional(),
    listAll: z.enum(['1', 'true', '0', 'false']).optional(),
    from: z.string().max(40).optional(),
    to: z.string().max(40).optional(),
    kind: z.enum(advancedSearchKinds).optional(),
    value: z.string().max(200).optional(),
    /** With kind=form_field: the form column (`form:<formId>:<fieldKey>`) searched (SPEC ATT-12). */
    field: z.string().max(120).optional(),
    columns: z.string().max(2000).optional(),
    format: z.enum(['csv', 'xlsx']).optional(),
  })
  .catchall(z.string().max(400));

export const panelRowSchema = z.record(z.string(), z.unknown());

export const panelPageResponse = z.object({
  rows: z.array(panelRowSchema),
  total: z.number().int(),
  /** The count stopped at 10 000: "10 000+" (large organizations). */
  totalCapped: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
  searched: z.boolean(),
});
export type PanelPage = z.infer<typeof panelPageResponse>;

export const processTreeResponse = z.object({
  processes: z.array(
    z.object({
      processId: z.string(),
      processName: z.string(),
      count: z.number().int(),
      subprocesses: z.array(
        z.object({
          subprocessId: z.string(),
          subprocessName: z.string(),
          count: z.number().int(),
          rows: z.array(
            z.object({
              id: z.string(),
              code: z.number(),
              assigneeName: z.string().nullable(),
              protocol: z.string().nullable(),
              city: z.string().nullable(),
              district: z.string().nullable(),
              street: z.string().nullable(),
              subprocessDueAt: z.string().nullable(),
              late: z.boolean(),
              remainingHours: z.number().nullable(),
            }),
          ),
        }),
      ),
    }),
  ),
});
export type ProcessTree = z.infer<typeof processTreeResponse>;

export const pivotRequest = z.object({
  rows: z.array(z.enum(pivotFields)).max(3).default([]),
  columns: z.array(z.enum(pivotFields)).max(2).default([]),
  values: z
    .array(z.object({ field: z.enum(pivotValueFields), agg: z.enum(pivotAggs) }))
    .min(1)
    .max(4)
    .default([{ field: 'count', agg: 'count' }]),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  filter: z.object({ kind: z.enum(pivotFilterKinds), value: z.string().max(200).default('') }).optional(),
});
export type PivotRequest = z.infer<typeof pivotRequest>;

export const pivotResponse = z.object({
  rowKeys: z.array(z.array(z.string())),
  columnKeys: z.array(z.array(z.string())),
  /** cells[row][column]: the first requested value. */
  cells: z.array(z.array(z.number())),
  /** cellValues[row][column][value]: every requested value. */
  cellValues: z.array(z.array(z.array(z.number()))),
  /** Of the first value; averages are computed over the group, never averaged averages. */
  totals: z.object({ rows: z.array(z.number()), columns: z.array(z.number()), grand: z.number() }),
  from: z.string(),
  to: z.string(),
});
export type PivotResult = z.infer<typeof pivotResponse>;

/** A registry column or an "Informações Personalizadas" field column (SPEC ATT-12). */
const chosenColumnKey = z.union([columnKey, z.string().max(120).refine(isFormColumnKey, { error: 'unknown_column' })]);

export const gridPreferenceBody = z.object({
  columns: z.array(chosenColumnKey).max(60).optional(),
  pivot: z.unknown().optional(),
});
export const gridPreferenceResponse = z.object({ grid: z.string(), columns: z.array(z.string()).nullable(), pivot: z.unknown().nullable() });

export const wallboardResponse = z.object({
  queues: z.array(
    z.object({
      queueId: z.string(),
      queueName: z.string(),
      kind: z.enum(['voice', 'chat']),
      waiting: z.number().int(),
      longestWaitSeconds: z.number().int(),
      agentsOnline: z.number().int(),
      agentsPaused: z.number().int(),
      agentsBusy: z.number().int(),
      serviceLevel: z.number().nullable(),
      answeredToday: z.number().int(),
      abandonedToday: z.number().int(),
    }),
  ),
  at: z.string(),
});
export type Wallboard = z.infer<typeof wallboardResponse>;
