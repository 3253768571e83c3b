// SPEC ATT-05: the agent sends images and PDFs of up to 10 MB (the server checks the content too).
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_ACCEPT = 'image/png,image/jpeg,image/gif,image/webp,application/pdf';

export function isAcceptedFile(file: Pick<File, 'type' | 'size'>): boolean {
  return file.size > 0 && file.size <= MAX_ATTACHMENT_BYTES && ATTACHMENT_ACCEPT.split(',').includes(file.type);
}

export const isImage = (contentType: string) => contentType.startsWith('image/');

/** "820 B", "14 KB", "1,5 MB" in the user's locale. */
export function formatBytes(bytes: number, locale: string): string {
  const fmt = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${fmt(Math.round(bytes / 1024))} KB`;
  return `${fmt(bytes / (1024 * 1024))} MB`;
}
