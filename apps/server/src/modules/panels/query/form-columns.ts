import { formColumnKey, formFieldColumnType, type FormColumnDef, type FormFieldKind, type Role } from '@atende/shared';
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf } from '../../../platform/db/rows.js';
import type { Scope } from '../../../platform/db/tenant.js';

// SPEC ATT-12: the answers of "Informações Personalizadas" as grid columns. A column reads one
// field of one form's answers for the row's attendance (unique per attendance and form, so the
// lookup is one index probe). Only active forms whose "tipo de permissão" includes the caller's
// role are offered: who may not see a form in an attendance does not see its answers in panels.
export type FormColumn = FormColumnDef & { formId: string; fieldKey: string; fieldType: FormFieldKind };
export type FormColumns = ReadonlyMap<string, FormColumn>;

type FieldRow = { key: string; label: string; type: FormFieldKind; options?: string[] };

export async function loadFormColumns(s: Scope, role: Role): Promise<FormColumns> {
  const rows = rowsOf(
    await s.tx.execute(
      sql`select id, name, fields from attendance_forms
          where organization_id = ${s.organizationId} and active and roles ? ${role}
          order by "group", name, id`,
    ),
  );
  const out = new Map<string, FormColumn>();
  for (const r of rows) {
    const fields = (typeof r.fields === 'string' ? JSON.parse(r.fields) : r.fields) as FieldRow[];
    for (const f of fields) {
      const key = formColumnKey(String(r.id), f.key);
      const type = formFieldColumnType(f.type);
      out.set(key, {
        key,
        type,
        ...(type === 'enum' ? { enumValues: [...(f.options ?? [])] } : {}),
        sortable: true,
        filterable: true,
        defaultVisible: false,
        label: `${String(r.name)} · ${f.label}`,
        fieldType: f.type,
        formId: String(r.id),
        fieldKey: f.key,
      });
    }
  }
  return out;
}

/** The raw answer as text (null when unanswered): what the grid shows. */
export const answerText = (c: FormColumn): SQL =>
  sql`(select fa.answers ->> ${c.fieldKey} from attendance_form_answers fa where fa.attendance_id = a.id and fa.form_id = ${c.formId}::uuid)`;

/**
 * The answer typed for sorting and range filters. Numbers may have been typed with a decimal
 * comma ("12,5" is accepted by the form); dates are 'YYYY-MM-DD'; anything unexpected is null
 * rather than a cast error for the whole page.
 */
export function formColumnExpr(c: FormColumn): SQL {
  const t = answerText(c);
  switch (c.fieldType) {
    case 'number':
      return sql`(case when ${t} ~ '^-?[0-9]+([.,][0-9]+)?$' then replace(${t}, ',', '.')::numeric end)`;
    case 'date':
      return sql`(case when ${t} ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' then ${t}::date end)`;
    case 'checkbox':
      return sql`(case when ${t} in ('true', 'false') then ${t}::boolean end)`;
    default:
      return t;
  }
}

/** The answer equals `value` exactly (JSON containment: served by the answers' GIN index). */
export function formAnswerEquals(c: FormColumn, value: string | number | boolean): SQL {
  return sql`exists (select 1 from attendance_form_answers fa where fa.attendance_id = a.id and fa.form_id = ${c.formId}::uuid
    and fa.answers @> jsonb_build_object(${c.fieldKey}::text, ${JSON.stringify(value)}::jsonb))`;
}

/** A grid value as the console shows it: numbers as numbers, dates as 'YYYY-MM-DD', checkboxes as booleans. */
export function formCellValue(c: FormColumn, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (c.fieldType === 'number') {
    // The form accepts a decimal comma ("12,5").
    const n = Number(String(v).replace(',', '.'));
    return Number.isFinite(n) ? n : null;
  }
  if (c.fieldType === 'checkbox') return v === true || v === 't' || v === 'true';
  if (c.fieldType === 'date') return v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10);
  return v;
}
