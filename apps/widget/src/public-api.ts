// `window.Atende`: what the site's own scripts may call (SPEC CH-01).
//
// Sites often call the API before widget.js has loaded (it loads `async`). They can declare a stub
// whose calls are queued and replayed, in order, once the widget is ready:
//
//   <script>
//     window.Atende = window.Atende || { q: [] };
//     ['open', 'close', 'setUser', 'on', 'off'].forEach(function (m) {
//       window.Atende[m] = window.Atende[m] || function () { window.Atende.q.push([m].concat([].slice.call(arguments))); };
//     });
//     Atende.setUser({ name: 'Ana', email: 'ana@exemplo.com.br', cpf: '52998224725',
//       hashes: { email: '<HMAC-SHA256 hex of the e-mail>', cpf: '<… of the CPF digits>' } }); // by your server
//     Atende.on('message', function (m) { console.log('new reply', m.body); });
//   </script>
//   <script src="https://atende.example/widget.js" data-channel="…" async></script>
//
// or simply `window.Atende = window.Atende || { q: [] }; Atende.q.push(['open']);`. Each queue
// entry is `[method, ...arguments]`.
import type { Emitter, EventName, Events } from './emitter';
import type { Profile, UserInput } from './types';

declare const __VERSION__: string;

export type AtendeApi = {
  version: string;
  open(): void;
  close(): void;
  /**
   * Resolves to the stored profile, or null when refused (a wrong hash): it never throws. Only the
   * identifiers signed in `hashes` (or the e-mail by the older `hash`) may link a person.
   */
  setUser(user: UserInput): Promise<Profile | null>;
  on<E extends EventName>(event: E, fn: (payload: Events[E]) => void): void;
  off<E extends EventName>(event: E, fn: (payload: Events[E]) => void): void;
  q: { push(entry: unknown): number };
};

export type ApiTargets = {
  open(): void;
  close(): void;
  setUser(user: UserInput): Promise<Profile | null>;
  events: Emitter;
  /** Whether the widget has started: `on('ready', fn)` after that calls fn at once. */
  isReady(): boolean;
};

type Stub = { q?: ArrayLike<unknown>; _atende?: boolean } & Record<string, unknown>;

/** Installs `window.Atende` and replays what the stub queued. Returns false when already installed. */
export function installApi(target: ApiTargets): boolean {
  const w = window as unknown as { Atende?: Stub };
  const stub = w.Atende;
  if (stub?._atende) return false;
  const queued = stub?.q ? Array.from(stub.q) : [];

  const api: AtendeApi & { _atende: true } = {
    _atende: true,
    version: __VERSION__,
    open: () => target.open(),
    close: () => target.close(),
    setUser: (user) => target.setUser(user && typeof user === 'object' ? user : {}),
    on(event, fn) {
      if (typeof fn !== 'function') return;
      target.events.on(event, fn);
      if (event === 'ready' && target.isReady()) (fn as (p: void) => void)();
    },
    off: (event, fn) => target.events.off(event, fn),
    // After load, pushing onto the queue runs the call at once: snippets keep working.
    q: { push: (entry: unknown) => (run(entry), 0) },
  };

  function run(entry: unknown): void {
    const [method, ...args] = Array.from((entry ?? []) as ArrayLike<unknown>);
    const fn = typeof method === 'string' && method !== 'q' ? (api as unknown as Record<string, unknown>)[method] : undefined;
    if (typeof fn === 'function') (fn as (...a: unknown[]) => unknown)(...args);
    else console.warn('[Atende] unknown call', method);
  }

  w.Atende = api as unknown as Stub;
  for (const entry of queued) run(entry);
  return true;
}
