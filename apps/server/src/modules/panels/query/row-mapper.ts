import { formatDocument, panelColumnKeys, panelColumns, type BusinessCalendar, type PanelColumnKey } from '@atende/shared';
import { businessMinutesFast } from './business-minutes.js';
import { columnSql, type QueryCtx } from './columns.sql.js';
import { formCellValue, type FormColumns } from './form-columns.js';

// SPEC PAN-01, PAN-03, PAN-04: a database row → a grid row. SLA state and remaining hours are
// computed here with the shared calculator from the stored due time (business hours in the
// company's calendar), for the page's rows only.
export type RawRow = Record<string, unknown>;
export type GridRow = Record<string, unknown> & { id: string };
export type CalendarOf = (companyId: string | null) => BusinessCalendar;

const iso = (v: unknown) => (v == null ? null : v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString());
const date = (v: unknown) => (v == null ? null : v instanceof Date ? v : new Date(String(v)));
const num = (v: unknown) => (v == null ? null : Number(v));
export const round2 = (n: number) => Math.round(n * 100) / 100 + 0;

/** A plain column reads the one field its SQL selects; datetime columns are returned as ISO text. */
const sourceOf = Object.fromEntries(panelColumnKeys.map((c) => [c, Object.keys(columnSql[c].select)[0] ?? c])) as Record<PanelColumnKey, string>;
const dateColumns = new Set(panelColumnKeys.filter((c) => panelColumns[c].type === 'datetime'));

/** Signed counting hours from `from` to `to` (negative when `to` is earlier). */
function signedHours(cal: BusinessCalendar, mode: unknown, from: Date, to: Date): number {
  if (mode === 'calendar') return round2((to.getTime() - from.getTime()) / 3_600_000);
  const minutes = to >= from ? businessMinutesFast(cal, from, to) : -businessMinutesFast(cal, to, from);
  return round2(minutes / 60);
}

export type SlaFacts = { state: 'on_time' | 'late' | 'paused' | 'none'; remainingHours: number | null; hoursLate: number | null };

/** Open: against now; finished: against the closing time ("finished late" = closed after due). */
export function slaFacts(r: RawRow, cal: BusinessCalendar, now: Date): SlaFacts {
  if (r['a.sla_paused_at'] != null) return { state: 'paused', remainingHours: null, hoursLate: null };
  const due = date(r['a.sla_due_at']);
  if (!due) return { state: 'none', remainingHours: null, hoursLate: null };
  const ref = r['a.status'] === 'finished' ? (date(r['a.finished_at']) ?? now) : now;
  const remaining = signedHours(cal, r['a.sla_mode'], ref, due);
  const late = ref.getTime() > due.getTime();
  return { state: late ? 'late' : 'on_time', remainingHours: remaining, hoursLate: late ? Math.max(0, -remaining) : 0 };
}

function nameDocument(r: RawRow): string | null {
  const name = (r['p.name'] as string | null) ?? (r.contact_name as string | null) ?? null;
  const doc = r['p.document'] as string | null;
  if (!doc) return name;
  return name ? `${name} - ${formatDocument(doc)}` : formatDocument(doc);
}

export function mapRow(r: RawRow, columns: readonly string[], ctx: QueryCtx, calendarOf: CalendarOf, forms: FormColumns = new Map()): GridRow {
  const row: GridRow = { id: String(r.id) };
  if (r.eid != null) row.eventId = String(r.eid);
  let sla: SlaFacts | undefined;
  const facts = () => (sla ??= slaFacts(r, calendarOf((r['a.company_id'] as string | null) ?? null), ctx.now));
  const subDue = date(r['a.subprocess_due_at']);
  for (const key of columns) {
    const form = forms.get(key);
    if (form) {
      row[key] = formCellValue(form, r[key]);
      continue;
    }
    const c = key as PanelColumnKey;
    switch (c) {
      case 'code':
        row.code = num(r['a.code']);
        break;
      case 'nameDocument':
        row.nameDocument = nameDocument(r);
        break;
      case 'slaState':
        row.slaState = facts().state;
        break;
      case 'remainingHours':
        row.remainingHours =
          ctx.remainingOf === 'subprocess' ? (subDue ? round2((subDue.getTime() - ctx.now.getTime()) / 3_600_000) : null) : facts().remainingHours;
        break;
      case 'hoursLate':
        row.hoursLate = facts().hoursLate;
        break;
      case 'subprocessState':
        row.subprocessState = subDue ? (subDue.getTime() < ctx.now.getTime() ? 'late' : 'on_time') : null;
        break;
      case 'finished':
        row.finished = r['a.status'] === 'finished';
        break;
      case 'serviceOrderCode':
        row.serviceOrderCode = num(r.so_code);
        break;
      default: {
        const v = r[sourceOf[c]];
        row[c] = v instanceof Date || dateColumns.has(c) ? iso(v) : (v ?? null);
      }
    }
  }
  return row;
}
