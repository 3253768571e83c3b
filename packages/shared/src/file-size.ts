// One way to write a file's size for every screen (console and widget), so the same attachment
// reads the same for the agent and the visitor (SPEC ATT-05). No dependencies: the widget bundles it.

const KB = 1024;
const MB = 1024 * 1024;

/** "44 B", "14 KB", "1,5 MB" ("1.5 MB" in English), in the reader's locale. */
export function formatFileSize(bytes: number, locale: string): string {
  const number = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1, useGrouping: false }).format(n);
  const size = Math.max(0, Math.round(bytes));
  if (size < KB) return `${number(size)} B`;
  const kb = Math.round(size / KB);
  // 1,048,000 bytes would round to "1024 KB": that is already a megabyte.
  if (kb < 1024) return `${number(kb)} KB`;
  return `${number(size / MB)} MB`;
}
