// ESLint flat config: typescript-eslint's recommended rules (syntax only, no type information,
// so it stays fast) plus the house rules and module boundaries of ARCHITECTURE §3 and §5.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import prettierConfig from 'eslint-config-prettier';
import { atendePlugin } from './scripts/eslint/plugin.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const BROWSER_APPS = ['apps/web', 'apps/widget', 'apps/alert-app'];
const TEST_FILES = ['**/*.test.{ts,tsx,js,mjs}', 'test/**'];

/**
 * The server modules' layer order, low → high (ARCHITECTURE §3a): a module imports only modules
 * listed before it, so the module graph has no cycle. Definitions sit low (queues and channel
 * definitions under everything that reads them); the dispatcher (routing) sits above attendances
 * and presence and nothing imports it back. Modules that may not import each other can share a
 * layer as a list: `['channels', 'voice']`. A new module folder fails lint until it is placed here.
 */
const MODULE_LAYERS = [
  'tenancy',
  'persons',
  'queues',
  'attendances',
  'presence',
  'routing',
  ['channels', 'voice'],
  'service',
  'panels',
  'integrations',
  'knowledge',
  'alerts',
];

/** Workspace package name → folder, so `@atende/server` imports fall under the same boundaries. */
function workspacePackages() {
  const packages = {};
  for (const parent of ['apps', 'packages']) {
    for (const entry of readdirSync(path.join(root, parent), { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      try {
        const { name } = JSON.parse(readFileSync(path.join(root, parent, entry.name, 'package.json'), 'utf8'));
        if (name) packages[name] = `${parent}/${entry.name}`;
      } catch {
        // a folder without package.json is not a workspace
      }
    }
  }
  return packages;
}

export default defineConfig(
  globalIgnores([
    '**/node_modules/**',
    '**/dist/**',
    'data/**',
    '.tmp/**',
    'coverage/**',
    'test-results/**',
    'apps/server/src/db/migrations/meta/**',
  ]),
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    plugins: { atende: atendePlugin },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // platform/ imports no module; a module reaches another only through its index.ts; the
      // server and the browser apps never import each other; packages/shared imports no app.
      // Module folders are recognised by path; each must have its place in MODULE_LAYERS.
      'atende/module-boundaries': ['error', { root, packages: workspacePackages(), layers: MODULE_LAYERS }],
      'atende/disable-needs-reason': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      // No focused tests may reach the main branch: `.only` silently skips everything else.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'MemberExpression[property.name="only"]:matches([object.name=/^(describe|it|test|suite|bench)$/], [object.object.name=/^(describe|it|test|suite|bench)$/])',
          message: 'Remove `.only` before committing: it skips every other test.',
        },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx,mts,js,mjs,cjs}'],
    ignores: TEST_FILES,
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: BROWSER_APPS.map((app) => `${app}/src/**`),
    languageOptions: { globals: { ...globals.browser } },
  },
  // Layout is Prettier's (`npm run lint` checks it too): turn off every stylistic rule it owns.
  prettierConfig,
);
