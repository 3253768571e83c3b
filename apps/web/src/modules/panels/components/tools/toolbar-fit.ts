// SPEC PAN-10 on a supervisor's 1366-pixel screen: as many tools as fit stay buttons, in their
// order; the rest go to the "Mais" menu, whose own button then needs room too.

/** How many of the items (of these widths, `gap` apart) fit in `available` pixels. */
export function fittingCount(widths: readonly number[], available: number, gap: number, moreWidth: number): number {
  const total = widths.reduce((sum, w) => sum + w, 0) + gap * Math.max(0, widths.length - 1);
  if (total <= available) return widths.length;
  let used = moreWidth;
  let n = 0;
  for (const w of widths) {
    if (used + gap + w > available) break;
    used += gap + w;
    n++;
  }
  return n;
}
