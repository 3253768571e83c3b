// SPEC PAN-01, PAN-07: every column a panel grid can show, with its type (which decides the filter
// the grid offers and how the server applies it). Shared by the server's query builder and the UI.
export type PanelColumnType = 'text' | 'number' | 'datetime' | 'enum' | 'boolean' | 'hours';

export const panelSlaStates = ['on_time', 'late', 'paused', 'none'] as const;
export const panelSubprocessStates = ['on_time', 'late'] as const;
export const panelServiceOrderStatuses = ['none', 'unscheduled', 'scheduled', 'done'] as const;

export const panelColumns = {
  code: { type: 'number' },
  nameDocument: { type: 'text' },
  protocol: { type: 'text' },
  createdAt: { type: 'datetime' },
  /** "Resgate": null is shown as "Sem resgate". */
  assigneeName: { type: 'text' },
  processName: { type: 'text' },
  subprocessName: { type: 'text' },
  openingClassificationName: { type: 'text' },
  companyName: { type: 'text' },
  slaState: { type: 'enum', enumValues: panelSlaStates },
  slaDueAt: { type: 'datetime' },
  remainingHours: { type: 'hours' },
  contactOriginName: { type: 'text' },
  serviceOrderStatus: { type: 'enum', enumValues: panelServiceOrderStatuses },
  serviceOrderCode: { type: 'number' },
  city: { type: 'text' },
  district: { type: 'text' },
  street: { type: 'text' },
  condo: { type: 'text' },
  finishedAt: { type: 'datetime' },
  closingClassificationName: { type: 'text' },
  /** "Técnico que encerrou". */
  finishedByName: { type: 'text' },
  /** "Grupo do workspace". */
  teamName: { type: 'text' },
  openedByName: { type: 'text' },
  subprocessStartedAt: { type: 'datetime' },
  /** "Fim Previsto". */
  subprocessDueAt: { type: 'datetime' },
  subprocessState: { type: 'enum', enumValues: panelSubprocessStates },
  finished: { type: 'boolean' },
  hoursLate: { type: 'hours' },
  /** Interactions view (PAN-05): the event type; the UI labels it and appends the time. */
  interaction: { type: 'text' },
  eventType: { type: 'text' },
  eventAt: { type: 'datetime' },
  actorName: { type: 'text' },
} as const satisfies Record<string, { type: PanelColumnType; enumValues?: readonly string[] }>;

export type PanelColumnKey = keyof typeof panelColumns;
export const panelColumnKeys = Object.keys(panelColumns) as PanelColumnKey[];

export type PanelColumnDef = {
  key: PanelColumnKey;
  type: PanelColumnType;
  enumValues?: string[];
  sortable: true;
  filterable: true;
  defaultVisible: boolean;
};

/** Visible columns, then the ones the column chooser may add. */
export function columnDefs(visible: readonly PanelColumnKey[], hidden: readonly PanelColumnKey[] = []): PanelColumnDef[] {
  const def = (key: PanelColumnKey, defaultVisible: boolean): PanelColumnDef => {
    const c: { type: PanelColumnType; enumValues?: readonly string[] } = panelColumns[key];
    return { key, type: c.type, ...(c.enumValues ? { enumValues: [...c.enumValues] } : {}), sortable: true, filterable: true, defaultVisible };
  };
  return [...visible.map((k) => def(k, true)), ...hidden.filter((k) => !visible.includes(k)).map((k) => def(k, false))];
}
