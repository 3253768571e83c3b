// Dates typed the Brazilian way, "25/12/2026", become the ISO day "2026-12-25" the API takes.
// Strict: an impossible day (31/02) or a half-typed one is no date at all.

const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** 'YYYY-MM-DD' of a typed "DD/MM/YYYY" (or already ISO) day, else null. */
export function parseDayText(text: string): string | null {
  const t = text.trim();
  const dmy = DMY.exec(t);
  const iso = dmy ? null : ISO.exec(t);
  const [y, m, d] = dmy ? [dmy[3], dmy[2], dmy[1]].map(Number) : iso ? [iso[1], iso[2], iso[3]].map(Number) : [];
  if (!y || !m || !d) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}
