import type { Platform } from '../../../platform/platform.js';
import { createGroupWriter } from '../../../platform/util/group-writer.js';
import { inboundRepo, type NewInbound } from './inbound.repository.js';

// ARCHITECTURE §3 inbound, SPEC CH-02: a busy number posts many webhooks at once, and each must be
// stored and committed before it is answered. Stores that arrive while one is being written wait and
// are written together, one transaction and one multi-row insert per organization (group commit):
// a webhook costs a share of one commit instead of a commit of its own.

/** Requests of one write (most carry one event); what arrives beyond waits for the next. */
const MAX_REQUESTS = 500;

export function createStoreBatcher(platform: Platform) {
  /** Stores one organization's waiting requests in one transaction; each answers the ids new for it. */
  const write = createGroupWriter(async (organizationId: string, requests: NewInbound[][]) => {
    const stored = await platform.tenant.inTenant(organizationId, null, (s) => inboundRepo.storeMany(s, requests.flat()));
    const idOf = new Map(stored.map((r) => [`${r.channelId}\n${r.eventId}`, r.id]));
    return requests.map((rows) =>
      rows.map((row) => {
        const key = `${row.channelId}\n${row.eventId}`;
        const id = idOf.get(key);
        // The same event twice among the waiting requests (a provider's quick re-delivery): one applies it.
        idOf.delete(key);
        return id;
      }),
    );
  }, MAX_REQUESTS);

  return {
    /**
     * Stores the events once per channel and provider event id; answers, once committed, each row's
     * id when it is new here (undefined: stored before). A group that fails is written again request
     * by request, so one request's rows never fail another's.
     */
    store(organizationId: string, rows: NewInbound[]): Promise<(number | undefined)[]> {
      if (!rows.length) return Promise.resolve([]);
      return write(organizationId, rows);
    },
  };
}

export type StoreBatcher = ReturnType<typeof createStoreBatcher>;
