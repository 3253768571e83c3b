// SPEC VOX-04, ALR-05: the period filter of "Gravações" — presets and a custom range of days —
// as the ISO instants the API takes, in the browser's time zone.

export const periodPresets = ['today', 'last7', 'last30', 'custom'] as const;
export type PeriodPreset = (typeof periodPresets)[number];

const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate());
const dayFromIso = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
};

/** `from` inclusive, `to` exclusive (the start of the day after); null = open on that side. */
export function periodRange(
  preset: PeriodPreset,
  custom: { from: string; to: string },
  now = new Date(),
): { from: string | null; to: string | null } {
  const today = startOfDay(now);
  const daysBack = (n: number) => new Date(today.getFullYear(), today.getMonth(), today.getDate() - n).toISOString();
  switch (preset) {
    case 'today':
      return { from: today.toISOString(), to: null };
    case 'last7':
      return { from: daysBack(6), to: null };
    case 'last30':
      return { from: daysBack(29), to: null };
    case 'custom': {
      const from = custom.from ? dayFromIso(custom.from).toISOString() : null;
      const end = custom.to ? dayFromIso(custom.to) : null;
      const to = end ? new Date(end.getFullYear(), end.getMonth(), end.getDate() + 1).toISOString() : null;
      return { from, to };
    }
  }
}
