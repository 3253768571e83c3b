// localStorage keeps the visitor token so the conversation survives reloads and navigation
// (SPEC CH-01); sessionStorage keeps whether the panel was open in this tab. Either may be
// blocked (privacy modes, sandboxed frames): then the widget still works for the page's lifetime.
type Area = 'local' | 'session';

const memory = new Map<string, string>();

function area(which: Area): Storage | null {
  try {
    return which === 'local' ? window.localStorage : window.sessionStorage;
  } catch (_blocked) {
    return null;
  }
}

export function load(which: Area, key: string): string | null {
  try {
    return area(which)?.getItem(key) ?? memory.get(`${which}:${key}`) ?? null;
  } catch (_blocked) {
    return memory.get(`${which}:${key}`) ?? null;
  }
}

export function save(which: Area, key: string, value: string | null): void {
  if (value === null) memory.delete(`${which}:${key}`);
  else memory.set(`${which}:${key}`, value);
  try {
    if (value === null) area(which)?.removeItem(key);
    else area(which)?.setItem(key, value);
  } catch (_blocked) {
    // quota or privacy mode: the in-memory copy serves this page
  }
}
