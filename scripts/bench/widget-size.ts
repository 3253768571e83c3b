import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** SPEC CH-01: the widget's weight on a customer's site (aim: under 40 KB gzipped for first paint). */
export function widgetSize(file = 'apps/widget/dist/widget.js') {
  if (!existsSync(file)) return { name: 'widget-size', error: 'apps/widget/dist/widget.js not built (npm run build -w @atende/widget)' };
  const raw = readFileSync(file);
  return { name: 'widget-size', file, bytes: raw.length, gzipBytes: gzipSync(raw, { level: 9 }).length, targetGzipBytes: 40 * 1024 };
}
