/**
 * At most one run per key at a time; every request made during a run is served by one single
 * follow-up run, which starts after it and so sees everything those requests were about.
 * A burst of N requests costs two runs, not N.
 */
export function createCoalescer<K>(run: (key: K) => Promise<void>, keyOf: (key: K) => string = String) {
  const states = new Map<string, { running: Promise<void>; next?: Promise<void> }>();

  function request(key: K): Promise<void> {
    const id = keyOf(key);
    const state = states.get(id);
    if (!state) {
      const running = run(key).finally(() => {
        const s = states.get(id);
        if (s && s.running === running && !s.next) states.delete(id);
      });
      states.set(id, { running });
      return running;
    }
    if (!state.next) {
      // Runs whether the current run succeeded or failed.
      state.next = state.running
        .then(
          () => undefined,
          () => undefined,
        )
        .then(() => {
          states.delete(id);
          return request(key);
        });
    }
    return state.next;
  }

  return request;
}
