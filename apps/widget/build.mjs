// Builds dist/widget.js: one small IIFE that a site includes with a single <script> tag.
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';

const root = new URL('.', import.meta.url);
const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));

await build({
  entryPoints: [new URL('src/widget.ts', root).pathname],
  outfile: new URL('dist/widget.js', root).pathname,
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2018',
  define: { __VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
});
console.log('widget: dist/widget.js');
