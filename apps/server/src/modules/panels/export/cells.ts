import { panelColumns, type Locale, type PanelColumnKey } from '@atende/shared';
import { uiMessages } from '@atende/shared/i18n';
import type { FormColumns } from '../query/form-columns.js';
import type { GridRow } from '../query/row-mapper.js';

// SPEC PAN-10 export: what a person reads in the grid, not the API's codes — column titles, enum
// labels, "Sem resgate", SIM/NÃO and São Paulo local times, in the user's language (the console's
// own translations, packages/shared i18n `panels.*`).
export type Cell = string | number | null;

type Dict = Record<string, unknown>;
const at = (d: unknown, ...path: string[]): unknown => path.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Dict)[k] : undefined), d);
const text = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);

const dateFormat = (locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'pt-BR', {
    timeZone: 'America/Sao_Paulo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

export function exportLabels(locale: Locale, forms: FormColumns = new Map()) {
  const panels = at(uiMessages[locale] ?? uiMessages['pt-BR'], 'panels');
  const fmt = dateFormat(locale);
  const formatDate = (v: unknown) => (typeof v === 'string' ? fmt.format(new Date(v)).replace(',', '') : null);
  const header = (c: string) => forms.get(c)?.label ?? text(at(panels, 'columns', c), c);
  const value = (key: string, row: GridRow): Cell => {
    const v = row[key];
    const form = forms.get(key);
    // SPEC ATT-12: an answer is written as given (a date field is a day, not an instant).
    if (form)
      return v == null
        ? null
        : form.type === 'boolean'
          ? text(at(panels, 'values', v ? 'yes' : 'no'), String(v))
          : form.type === 'number'
            ? Number(v)
            : String(v);
    const c = key as PanelColumnKey;
    const type = panelColumns[c].type;
    if (c === 'assigneeName' && v == null) return text(at(panels, 'values', 'unassigned'), '');
    if (v == null) return null;
    if (c === 'interaction') {
      const label = text(at(panels, 'events', 'types', String(v)), String(v)).replace(/\s*\{\{[^}]+\}\}/g, '');
      const when = formatDate(row.eventAt);
      return when ? `${label} ${locale === 'en' ? 'at' : 'em'} ${when}` : label;
    }
    if (type === 'datetime') return formatDate(v);
    if (type === 'boolean') return text(at(panels, 'values', v ? 'yes' : 'no'), String(v));
    if (type === 'enum') return text(at(panels, 'values', c, String(v)), String(v));
    if (type === 'number' || type === 'hours') return Number(v);
    return String(v);
  };
  return { header, value };
}
