import type { TFunction } from 'i18next';

// The panel's labels come from keys built at run time (tab, view, column and enum value names
// sent by the server); an unknown one shows the raw name rather than a missing-key path.

type Dyn = (key: string, options?: Record<string, unknown>) => string;

/** `t` for keys built at run time, falling back to `fallback`. */
export function dyn(t: TFunction, key: string, fallback: string, options?: Record<string, unknown>): string {
  return (t as unknown as Dyn)(key, { defaultValue: fallback, ...options });
}

export const tabLabel = (t: TFunction, tab: string) => dyn(t, `panels.tabs.${tab}`, tab);
export const viewLabel = (t: TFunction, tab: string, view: string) => dyn(t, `panels.views.${tab}.${view}`, view);
export const columnLabel = (t: TFunction, key: string) => dyn(t, `panels.columns.${key}`, key);
/** A column's title: a form field column carries its own ("<Form> · <Field>", ATT-12). */
export const columnTitle = (t: TFunction, column: { key: string; label?: string }) => column.label ?? columnLabel(t, column.key);

/** An enum cell or filter option: "Em dia", "Sem agendamento"… */
export function enumLabel(t: TFunction, column: string, value: string): string {
  return dyn(t, `panels.values.${column}.${value}`, value);
}

/** The badge colour of an SLA or subprocess state (on time, late, paused, none), SPEC PAN-01, PAN-04. */
export const stateColor: Record<string, string> = { on_time: 'teal', late: 'red', paused: 'yellow', none: 'gray' };
