import { buildUrl, toApiError } from '../../app/api';
import type { Query } from './api';

// SPEC PAN-10 "Exportar": the server streams the file; the console reads it chunk by chunk to show
// progress (CSV rows against the grid's total, else bytes against Content-Length) and then saves it.

export type ExportFormat = 'csv' | 'xlsx';
export type ExportProgress = { bytes: number; rows: number; totalBytes: number | null };

/** The file name of a Content-Disposition header (RFC 6266 filename* first). */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain?.[1]?.trim() || fallback;
}

/** Line feeds in a chunk: a CSV row ends with one (quoted line breaks inside cells are rare in panels). */
export function countNewlines(chunk: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) n++;
  return n;
}

export async function downloadExport(
  url: string,
  query: Query,
  format: ExportFormat,
  onProgress: (p: ExportProgress) => void,
  signal?: AbortSignal,
): Promise<void> {
  const res = await fetch(buildUrl(url, { ...query, format }), { credentials: 'same-origin', signal });
  if (!res.ok) throw toApiError(res.status, await res.json().catch(() => null));
  const length = Number(res.headers.get('content-length'));
  const totalBytes = Number.isFinite(length) && length > 0 ? length : null;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  let lines = 0;
  const reader = res.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      bytes += value.length;
      if (format === 'csv') lines += countNewlines(value);
      onProgress({ bytes, rows: Math.max(0, lines - 1), totalBytes });
    }
  } else {
    chunks.push(new Uint8Array(await res.arrayBuffer()));
  }
  const type = res.headers.get('content-type') ?? 'application/octet-stream';
  const blob = new Blob(chunks, { type });
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileNameOf(res.headers.get('content-disposition'), `atendimentos.${format}`);
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
