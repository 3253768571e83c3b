import type { Plugin } from 'vite';
import { encodePng } from './png';

// The app's icon: a white alert sign (ring and "!") on the theme red, drawn as SVG for browsers
// and as 192 and 512 px PNGs for the web manifest (installability needs PNG icons).

const RED: [number, number, number] = [0xb0, 0x00, 0x20];
const WHITE: [number, number, number] = [0xff, 0xff, 0xff];

export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
<rect width="100" height="100" rx="18" fill="#b00020"/>
<circle cx="50" cy="50" r="31" fill="none" stroke="#fff" stroke-width="7"/>
<rect x="45" y="31" width="10" height="25" rx="3" fill="#fff"/>
<circle cx="50" cy="66" r="5.5" fill="#fff"/>
</svg>
`;

/** True where the icon (in 0…100 units, same shapes as ICON_SVG) is white. */
function white(x: number, y: number): boolean {
  const d = Math.hypot(x - 50, y - 50);
  if (d >= 27.5 && d <= 34.5) return true;
  if (x >= 45 && x <= 55 && y >= 31 && y <= 56) return true;
  return Math.hypot(x - 50, y - 66) <= 5.5;
}

/** Full-bleed square (the maskable safe zone keeps the sign inside the centre 80 %). */
export function iconPng(size: number): Buffer {
  const rgba = new Uint8Array(size * size * 4);
  const samples = 4; // 4×4 supersampling for smooth edges
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const x = ((px + (sx + 0.5) / samples) / size) * 100;
          const y = ((py + (sy + 0.5) / samples) / size) * 100;
          if (white(x, y)) hits++;
        }
      const t = hits / (samples * samples);
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(RED[c]! * (1 - t) + WHITE[c]! * t);
      rgba[i + 3] = 255;
    }
  }
  return encodePng(size, size, rgba);
}

const ICONS: Record<string, { type: string; body: () => string | Buffer }> = {
  'icon.svg': { type: 'image/svg+xml', body: () => ICON_SVG },
  'icon-192.png': { type: 'image/png', body: () => iconPng(192) },
  'icon-512.png': { type: 'image/png', body: () => iconPng(512) },
};

/**
 * Emits icon.svg, icon-192.png and icon-512.png into the build (before the service worker's
 * precache list is made), serves them in dev, and links them from the page under the app's base.
 */
export function appIcons(): Plugin {
  let base = '/';
  return {
    name: 'atende-alert-app-icons',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'icon', href: `${base}icon.svg`, type: 'image/svg+xml' }, injectTo: 'head' },
      { tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${base}icon-192.png` }, injectTo: 'head' },
    ],
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const icon = req.url?.startsWith(base) ? ICONS[req.url.slice(base.length)] : undefined;
        if (!icon) return next();
        res.setHeader('content-type', icon.type);
        res.end(icon.body());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'icon.svg', source: ICON_SVG });
      for (const size of [192, 512]) this.emitFile({ type: 'asset', fileName: `icon-${size}.png`, source: iconPng(size) });
    },
  };
}
