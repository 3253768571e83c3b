// Reading vitest's command line just enough to know which projects a run selects.

/** The values of every `--project X` / `--project=X` in argv, or null when no project is named. */
export function projectFilters(argv) {
  const filters = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--project' && i + 1 < argv.length) filters.push(argv[++i]);
    else if (arg.startsWith('--project=')) filters.push(arg.slice('--project='.length));
  }
  return filters.length > 0 ? filters : null;
}

/** Whether a project runs under the given filters; vitest accepts `*` wildcards and `!name` exclusions. */
export function projectSelected(name, filters) {
  if (!filters) return true;
  const matches = (pattern) => new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`).test(name);
  const includes = filters.filter((f) => !f.startsWith('!'));
  const excludes = filters.filter((f) => f.startsWith('!')).map((f) => f.slice(1));
  if (excludes.some(matches)) return false;
  return includes.length === 0 || includes.some(matches);
}

function escapeRegExp(text) {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
