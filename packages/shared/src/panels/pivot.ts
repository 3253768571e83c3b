// SPEC PAN-09: "Gráfico Sintético" / "Informações sintéticas" — the fields a pivot may group by
// and the values it may aggregate (the server maps each to a whitelisted SQL expression).
export const pivotFields = [
  'day',
  'week',
  'month',
  'assigneeName',
  'openedByName',
  'city',
  'contactOriginName',
  'processName',
  'subprocessName',
  'companyName',
  'openingClassificationName',
  'closingClassificationName',
  'status',
  'slaState',
  'channelType',
] as const;
export type PivotField = (typeof pivotFields)[number];

export const pivotValueFields = ['count', 'hoursLate', 'durationHours'] as const;
export const pivotAggs = ['count', 'sum', 'avg'] as const;
/** "Somente por período", "Operador de resgate", "Operador de abertura", "Cidade", "Origem contato" (seed). */
export const pivotFilterKinds = ['period', 'operator', 'opening_operator', 'city', 'origin'] as const;
/** Default window of the synthetic view: the last 180 days. */
export const PIVOT_DEFAULT_DAYS = 180;
