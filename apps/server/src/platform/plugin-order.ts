// Issue item 28: module plugins declare their name and the plugins they need (fastify-plugin's
// metadata) instead of relying on the order of a list. The app registers them in an order that
// satisfies those declarations; Fastify itself checks them again as each one registers.

type PluginMeta = { name?: string; dependencies?: string[] };
const META = Symbol.for('plugin-meta');

/** The name and dependencies fastify-plugin attached to a plugin function. */
export function pluginMeta(plugin: object): PluginMeta {
  return (Reflect.get(plugin, META) as PluginMeta | undefined) ?? {};
}

/**
 * The plugins, each after the ones it depends on. Stable: each step takes the first plugin of the
 * list whose dependencies are placed, so a list already in order is returned as it is. A plugin
 * without a name, a dependency that is not in the list, or a cycle fails at build with the names.
 */
export function orderByDependencies<P extends object>(plugins: readonly P[]): P[] {
  const entries = plugins.map((plugin) => {
    const { name, dependencies = [] } = pluginMeta(plugin);
    if (!name) throw new Error('a module plugin has no name: wrap it with fastify-plugin and give it { name, dependencies }');
    return { plugin, name, dependencies };
  });
  const names = new Set(entries.map((e) => e.name));
  for (const e of entries) {
    const missing = e.dependencies.filter((d) => !names.has(d));
    if (missing.length) throw new Error(`module plugin ${e.name} depends on ${missing.join(', ')}, which is not registered`);
  }
  const placed = new Set<string>();
  const ordered: P[] = [];
  let rest = entries;
  while (rest.length) {
    const next = rest.find((e) => e.dependencies.every((d) => placed.has(d)));
    if (!next) throw new Error(`module plugins depend on each other in a cycle: ${rest.map((e) => e.name).join(', ')}`);
    ordered.push(next.plugin);
    placed.add(next.name);
    rest = rest.filter((e) => e !== next);
  }
  return ordered;
}
