// Builds the production server: one ESM bundle of our code and @atende/shared (which ships
// TypeScript source), with every installed dependency left external, plus the SQL migrations.
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const serverDir = path.dirname(fileURLToPath(import.meta.url));
const rootDir = path.resolve(serverDir, '../..');
const distDir = path.join(serverDir, 'dist');
const entry = path.join(serverDir, 'src/main.ts');

const readPackage = (dir) => JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
const dependencyNames = (pkg) => Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies, ...pkg.peerDependencies });

// Workspace packages (@atende/*) are bundled; their own dependencies are installed, so stay external.
const workspaceDeps = dependencyNames(readPackage(serverDir)).filter((name) => name.startsWith('@atende/'));
const external = new Set([
  ...dependencyNames(readPackage(serverDir)),
  ...dependencyNames(readPackage(rootDir)),
  ...workspaceDeps.flatMap((name) => dependencyNames(readPackage(path.join(rootDir, 'node_modules', name)))),
]);
for (const name of workspaceDeps) external.delete(name);

if (!existsSync(entry)) {
  console.error(`[build] ${path.relative(rootDir, entry)} does not exist`);
  process.exit(1);
}

const started = Date.now();
rmSync(distDir, { recursive: true, force: true });
await build({
  entryPoints: [entry],
  outfile: path.join(distDir, 'main.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  // `name/*` too, so deep imports such as `drizzle-orm/pglite` stay external.
  external: [...external].flatMap((name) => [name, `${name}/*`]),
  // CommonJS code inside an ESM bundle still calls require().
  banner: {
    js: "import { createRequire as __atendeCreateRequire } from 'node:module';\nconst require = __atendeCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

// The server finds its migrations by walking up from its own file (platform/db/migrate.ts).
cpSync(path.join(serverDir, 'src/db/migrations'), path.join(distDir, 'db/migrations'), { recursive: true });
// The common-password list is read at start, found beside the bundle (modules/tenancy/password-rules.ts).
cpSync(path.join(serverDir, 'src/modules/tenancy/common-passwords.txt'), path.join(distDir, 'common-passwords.txt'));

console.log(`[build] apps/server/dist/main.js in ${Date.now() - started} ms`);
