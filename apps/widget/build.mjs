// Builds dist/widget.js: one small IIFE that a site includes with a single <script> tag. CSS files
// are inlined as minified strings for the shadow root. `--watch` rebuilds on change.
import { readFile } from 'node:fs/promises';
import { build, context, transform } from 'esbuild';

const root = new URL('.', import.meta.url);
const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));

/** `import css from './x.css'` → the file's minified text. */
const cssAsText = {
  name: 'css-as-text',
  setup(b) {
    b.onLoad({ filter: /\.css$/ }, async ({ path }) => {
      const { code } = await transform(await readFile(path, 'utf8'), { loader: 'css', minify: true, target: ['chrome80', 'safari13', 'firefox78'] });
      return { contents: `export default ${JSON.stringify(code.trim())};`, loader: 'js' };
    });
  },
};

const options = {
  entryPoints: [new URL('src/index.ts', root).pathname],
  outfile: new URL('dist/widget.js', root).pathname,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  minify: true,
  target: 'es2019',
  legalComments: 'none',
  define: { __VERSION__: JSON.stringify(pkg.version) },
  plugins: [cssAsText],
  logLevel: 'warning',
};

if (process.argv.includes('--watch')) {
  await (await context(options)).watch();
  console.log('widget: watching src/');
} else {
  await build(options);
  console.log('widget: dist/widget.js');
}
