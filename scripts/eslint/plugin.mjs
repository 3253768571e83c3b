// Atende's own ESLint rules: the module boundaries and layer order of ARCHITECTURE §3 and §3a, and
// disable comments that say why. Plain path arithmetic, no resolver: a boundary is about folders,
// not about files.
import path from 'node:path';

const SERVER_SRC = 'apps/server/src';
const MODULES = `${SERVER_SRC}/modules`;
const PLATFORM = `${SERVER_SRC}/platform`;
const SERVER_APP = 'apps/server';

/** `apps/web`, `packages/shared`… for a path relative to the root; null outside both folders. */
function areaOf(rel) {
  const [top, name] = rel.split('/');
  return (top === 'apps' || top === 'packages') && name ? `${top}/${name}` : null;
}

const inside = (rel, dir) => rel === dir || rel.startsWith(`${dir}/`);

/**
 * The module a path belongs to: `tenancy` for apps/server/src/modules/tenancy and anything
 * below it. Null elsewhere, and for files lying directly in modules/ (the registry index.ts).
 */
function moduleOf(rel) {
  if (!rel.startsWith(`${MODULES}/`)) return null;
  const parts = rel.slice(MODULES.length + 1).split('/');
  return parts.length === 1 && parts[0].includes('.') ? null : parts[0];
}

/** Whether a path is a module's public face: the folder itself or its index file. */
function isModuleIndex(rel, name) {
  const dir = `${MODULES}/${name}`;
  return rel === dir || (rel.startsWith(`${dir}/`) && /^index(\.[cm]?[jt]sx?)?$/.test(rel.slice(dir.length + 1)));
}

/**
 * What the import points at, relative to the root: relative specifiers by path, workspace
 * packages by their folder (`@atende/server/x` → apps/server/x). Null for anything else.
 */
function targetOf(specifier, fileRel, packages) {
  if (specifier.startsWith('.')) return path.posix.normalize(path.posix.join(path.posix.dirname(fileRel), specifier));
  for (const [name, dir] of Object.entries(packages)) {
    if (specifier === name || specifier.startsWith(`${name}/`)) return dir + specifier.slice(name.length);
  }
  return null;
}

/**
 * Module name → its layer (0 = lowest). An entry of `layers` is a module name or a list of peers
 * that share a layer; peers may not import each other either, so the module graph has no cycle.
 */
export function layerIndex(layers) {
  const index = new Map();
  layers.forEach((entry, i) => {
    for (const name of Array.isArray(entry) ? entry : [entry]) index.set(name, i);
  });
  return index;
}

/**
 * The reason an import from `from` to `to` (both relative to the root) breaks a boundary, or null.
 * With `layers` (see layerIndex), a module imports only modules of a lower layer, and every module
 * must be listed there.
 */
export function boundaryViolation(from, to, layers) {
  const fromArea = areaOf(from);
  const toArea = areaOf(to);
  if (fromArea && toArea && fromArea !== toArea) {
    if (fromArea.startsWith('packages/') && toArea.startsWith('apps/')) return 'sharedImportsApp';
    if (fromArea === SERVER_APP && toArea.startsWith('apps/')) return 'serverImportsBrowserApp';
    if (toArea === SERVER_APP && fromArea.startsWith('apps/')) return 'browserAppImportsServer';
  }
  if (inside(from, PLATFORM) && inside(to, MODULES)) return 'platformImportsModule';
  const fromModule = moduleOf(from);
  const toModule = moduleOf(to);
  if (!fromModule || !toModule || fromModule === toModule) return null;
  if (layers) {
    if (!layers.has(toModule)) return 'moduleNotListed';
    if (layers.has(fromModule) && layers.get(toModule) >= layers.get(fromModule)) return 'moduleLayer';
  }
  if (!isModuleIndex(to, toModule)) return 'moduleInternals';
  return null;
}

const moduleBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Module and app boundaries of ARCHITECTURE §3.' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          packages: { type: 'object', additionalProperties: { type: 'string' } },
          // The modules' layer order, low → high: a module imports only modules listed before it.
          layers: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] } },
        },
        required: ['root'],
        additionalProperties: false,
      },
    ],
    messages: {
      platformImportsModule: 'platform/ imports no module; modules depend on the platform, not the other way round.',
      moduleInternals: 'A module reaches another only through its index.ts: import "{{module}}/index.js", or listen to its events.',
      browserAppImportsServer: 'Browser apps talk to the server over HTTP; share code through packages/shared.',
      serverImportsBrowserApp: 'The server imports no browser app; share code through packages/shared.',
      sharedImportsApp: 'packages/shared imports no app.',
      moduleLayer:
        'Module "{{from}}" may not import "{{module}}": a module imports only modules of a lower layer (MODULE_LAYERS in eslint.config.js), so modules never import each other in a loop. Move the shared part down, or listen to an event.',
      moduleNotListed: 'Module "{{module}}" is not in MODULE_LAYERS (eslint.config.js): give it its place in the layer order.',
    },
  },
  create(context) {
    const { root, packages = {}, layers: order } = context.options[0];
    const layers = order ? layerIndex(order) : undefined;
    const fileRel = path.relative(root, context.physicalFilename).split(path.sep).join('/');
    if (fileRel.startsWith('..')) return {};
    const fromModule = moduleOf(fileRel);
    const check = (source) => {
      if (typeof source?.value !== 'string') return;
      const target = targetOf(source.value, fileRel, packages);
      const violation = target && boundaryViolation(fileRel, target, layers);
      if (violation) context.report({ node: source, messageId: violation, data: { from: fromModule ?? '', module: moduleOf(target) ?? '' } });
    };
    return {
      // A module missing from the order is reported on each of its files, imports or not.
      Program: (node) => {
        if (layers && fromModule && !layers.has(fromModule)) context.report({ node, messageId: 'moduleNotListed', data: { module: fromModule } });
      },
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) => check(node.argument?.literal ?? node.argument),
    };
  },
};

// House style: no `any` (nor any other disabled rule) without a comment saying why. (A bare
// `/* eslint-disable */` silences this rule too; review catches those.)
const disableNeedsReason = {
  meta: {
    type: 'suggestion',
    docs: { description: 'eslint-disable comments must give a reason after `--`.' },
    schema: [],
    messages: { reason: 'Say why the rule is disabled: `// eslint-disable-next-line <rule> -- <reason>`.' },
  },
  create(context) {
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          const text = comment.value.trim();
          if (/^eslint-disable(-next-line|-line)?(\s|$)/.test(text) && !/\s--\s*\S/.test(text)) {
            context.report({ loc: comment.loc, messageId: 'reason' });
          }
        }
      },
    };
  },
};

export const atendePlugin = {
  meta: { name: 'atende' },
  rules: { 'module-boundaries': moduleBoundaries, 'disable-needs-reason': disableNeedsReason },
};
