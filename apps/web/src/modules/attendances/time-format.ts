// Times on the attendance screen, in the user's locale and the browser's time zone.

export function formatTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
}

const dayKey = (d: Date) => `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;

/** Which day a message belongs to, for the separators of the conversation. */
export function dayOf(iso: string): string {
  return dayKey(new Date(iso));
}

/** 'today', 'yesterday' or the date written out ("12 de março de 2026"). */
export function dayLabel(iso: string, locale: string, now = new Date()): 'today' | 'yesterday' | string {
  const day = new Date(iso);
  if (dayKey(day) === dayKey(now)) return 'today';
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  if (dayKey(day) === dayKey(yesterday)) return 'yesterday';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(day);
}
