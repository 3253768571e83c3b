import type { PanelColumnType } from './columns.js';

// SPEC ATT-12: every active "Informações Personalizadas" field is an optional panel column and a
// "Busca avançada" criterion. Its key names the form and the field, so it never collides with the
// registry's own columns: `form:<formId>:<fieldKey>`.
export type FormFieldKind = 'text' | 'number' | 'date' | 'select' | 'checkbox' | 'document' | 'cep';

export type FormColumnDef = {
  key: string;
  type: PanelColumnType;
  enumValues?: string[];
  sortable: true;
  filterable: true;
  defaultVisible: false;
  /** "<Form> · <Field>" */
  label: string;
  fieldType: FormFieldKind;
};

const FORM_COLUMN = /^form:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}):([a-z0-9_]{1,40})$/i;

export const formColumnKey = (formId: string, fieldKey: string) => `form:${formId}:${fieldKey}`;
export const isFormColumnKey = (key: string) => FORM_COLUMN.test(key);

export function parseFormColumnKey(key: string): { formId: string; fieldKey: string } | null {
  const m = FORM_COLUMN.exec(key);
  return m ? { formId: m[1]!.toLowerCase(), fieldKey: m[2]! } : null;
}

/** The grid type a field's answers sort and filter as: selects are lists, dates are day ranges. */
export function formFieldColumnType(type: FormFieldKind): PanelColumnType {
  if (type === 'number') return 'number';
  if (type === 'date') return 'datetime';
  if (type === 'select') return 'enum';
  if (type === 'checkbox') return 'boolean';
  return 'text';
}

/** "Busca avançada" by a field: text-like fields match "contains", the others "equals". */
export const formFieldMatch = (type: FormFieldKind): 'contains' | 'equals' =>
  type === 'text' || type === 'document' || type === 'cep' ? 'contains' : 'equals';
