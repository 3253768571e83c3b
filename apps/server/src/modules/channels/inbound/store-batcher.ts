import type { Platform } from '../../../platform/platform.js';
import { inboundRepo, type NewInbound } from './inbound.repository.js';

// ARCHITECTURE §3 inbound, SPEC CH-02: a busy number posts many webhooks at once, and each must be
// stored and committed before it is answered. Stores that arrive while one is being written wait and
// are written together, one transaction and one multi-row insert per organization (group commit):
// a webhook costs a share of one commit instead of a commit of its own.

/** Rows of one write; what arrives beyond waits for the next. */
const MAX_ROWS = 500;

export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

type Pending = { organizationId: string; rows: NewInbound[]; resolve(ids: (number | undefined)[]): void; reject(err: unknown): void };

export function createStoreBatcher(platform: Platform) {
  const queue: Pending[] = [];
  let flushing: Promise<void> | null = null;

  /** Stores one organization's waiting requests in one transaction; each answers the ids new for it. */
  async function write(organizationId: string, group: Pending[]) {
    const rows = group.flatMap((p) => p.rows);
    const stored = await platform.tenant.inTenant(organizationId, null, (s) => inboundRepo.storeMany(s, rows));
    const idOf = new Map(stored.map((r) => [`${r.channelId}\n${r.eventId}`, r.id]));
    for (const p of group) {
      p.resolve(
        p.rows.map((row) => {
          const key = `${row.channelId}\n${row.eventId}`;
          const id = idOf.get(key);
          // The same event twice among the waiting requests (a provider's quick re-delivery): one applies it.
          idOf.delete(key);
          return id;
        }),
      );
    }
  }

  async function flush() {
    // A turn of the event loop first: the requests already read are queued too. On PGlite a whole
    // transaction can run without one (no real I/O), which would leave every request on its own.
    while ((await nextTurn(), queue.length)) {
      let taken = 0;
      const cut = queue.findIndex((p) => (taken += p.rows.length) > MAX_ROWS);
      const batch = queue.splice(0, cut <= 0 ? queue.length : cut);
      const byOrganization = new Map<string, Pending[]>();
      for (const p of batch) byOrganization.set(p.organizationId, [...(byOrganization.get(p.organizationId) ?? []), p]);
      for (const [organizationId, group] of byOrganization) {
        await write(organizationId, group).catch(async () => {
          // One request's rows must not fail the others': each on its own, as if it came alone.
          for (const p of group) await write(organizationId, [p]).catch((err: unknown) => p.reject(err));
        });
      }
    }
  }

  function kick() {
    if (flushing) return;
    // A request queued between the loop's end and this callback is not left waiting.
    flushing = flush().finally(() => {
      flushing = null;
      if (queue.length) kick();
    });
  }

  return {
    /**
     * Stores the events once per channel and provider event id; answers, once committed, each row's
     * id when it is new here (undefined: stored before).
     */
    store(organizationId: string, rows: NewInbound[]): Promise<(number | undefined)[]> {
      if (!rows.length) return Promise.resolve([]);
      const stored = new Promise<(number | undefined)[]>((resolve, reject) => queue.push({ organizationId, rows, resolve, reject }));
      kick();
      return stored;
    },
  };
}

export type StoreBatcher = ReturnType<typeof createStoreBatcher>;
