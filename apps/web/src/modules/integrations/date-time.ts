/** A timestamp as the reader's short date and time ("07/12/2026 14:05"); '' for none. */
export function dateTime(iso: string | null, locale: string): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
}
