// Dates and hours in the panel grids (SPEC PAN-01, PAN-05: "DD/MM/AAAA HH:MM:SS" in pt-BR).

const pad = (n: number) => String(n).padStart(2, '0');

function valid(iso: unknown): Date | null {
  if (typeof iso !== 'string' && !(iso instanceof Date)) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "21/11/2026 14:39:56" in pt-BR; the locale's own short form with seconds otherwise. */
export function formatDateTime(iso: unknown, locale: string): string {
  const d = valid(iso);
  if (!d) return '';
  if (locale === 'pt-BR') {
    return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium' }).format(d);
}

/** A 'YYYY-MM-DD' day as "07/12/2026" in pt-BR, the locale's short date otherwise; never shifted by the time zone. */
export function formatDay(day: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!m) return day;
  if (locale === 'pt-BR') return `${m[3]}/${m[2]}/${m[1]}`;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short' }).format(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** Hours with one decimal in the user's locale ("-3,5"). */
export function formatHours(value: unknown, locale: string): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** 'YYYY-MM-DD' of a local date, for date inputs. */
export function dateInput(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The ISO instant of the start (or end) of a local 'YYYY-MM-DD' day. */
export function dayBound(day: string, end: boolean): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = end ? new Date(y!, m! - 1, d!, 23, 59, 59, 999) : new Date(y!, m! - 1, d!, 0, 0, 0, 0);
  return date.toISOString();
}
