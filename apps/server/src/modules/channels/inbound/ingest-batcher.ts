import type { FastifyBaseLogger } from 'fastify';
import type { Platform } from '../../../platform/platform.js';
import { createGroupWriter } from '../../../platform/util/group-writer.js';
import type { ChannelRow } from '../../queues/index.js';
import type { InboundEvent } from '../adapters/port.js';
import type { Claimed, InboundWorker } from './inbound-worker.js';
import { inboundRepo } from './inbound.repository.js';

// ARCHITECTURE §3 inbound, SPEC CH-02 at load: a busy number posts many webhooks at once, and each
// must be stored and committed before it is answered. The requests of one organization that arrive
// while its previous group is being written wait and are taken together (group commit): their
// events are stored, new ones already marked processed, and applied in arrival order, all in one
// transaction, so a webhook costs a share of one commit and the event is never stored without its
// message or its message without the event. When that transaction fails, nothing of it stays: the
// group is stored alone, as events to process, and the worker applies them from the store (one by
// one if need be) before the next group of the organization starts, keeping each contact's order.

/** Requests of one group (most carry one event); what arrives beyond waits for the next. */
const MAX_REQUESTS = 200;

type Request = { channel: ChannelRow; events: InboundEvent[] };

const keyOf = (channelId: string, eventId: string) => `${channelId}\n${eventId}`;

export function createIngestBatcher(platform: Platform, worker: InboundWorker, log: FastifyBaseLogger) {
  // In key order: two instances storing the same re-delivered events wait on each other in one order, never in a cycle.
  const rowsOf = (requests: Request[]) =>
    requests
      .flatMap(({ channel, events }) => events.map((e) => ({ channelId: channel.id, eventId: e.eventId, payload: e })))
      .sort((a, b) => (keyOf(a.channelId, a.eventId) < keyOf(b.channelId, b.eventId) ? -1 : 1));
  const channelsOf = (requests: Request[]) => [...new Map(requests.map((r) => [r.channel.id, r.channel])).values()];

  /** The new events of the group, in arrival order, each once (a provider's quick re-delivery can repeat one). */
  function fresh(requests: Request[], stored: { id: number; channelId: string; eventId: string }[]): Claimed[] {
    const idOf = new Map(stored.map((r) => [keyOf(r.channelId, r.eventId), r.id]));
    return requests.flatMap(({ channel, events }) =>
      events.flatMap((event) => {
        const key = keyOf(channel.id, event.eventId);
        const id = idOf.get(key);
        idOf.delete(key);
        return id === undefined ? [] : [{ id, attempts: 0, channelId: channel.id, event }];
      }),
    );
  }

  const write = createGroupWriter(async (organizationId: string, requests: Request[]) => {
    const rows = rowsOf(requests);
    try {
      await platform.tenant.inTenant(organizationId, null, async (s) => {
        const stored = await inboundRepo.storeMany(s, rows, true);
        await worker.applyNew(s, fresh(requests, stored), channelsOf(requests));
      });
    } catch (err) {
      log.debug({ err }, 'inbound group could not be applied; stored for the worker');
      const stored = await platform.tenant.inTenant(organizationId, null, (s) => inboundRepo.storeMany(s, rows));
      const ids = fresh(requests, stored).map((e) => e.id);
      if (ids.length) await worker.processStored(organizationId, ids, channelsOf(requests));
    }
    return requests.map(() => undefined);
  }, MAX_REQUESTS);

  return {
    /**
     * Stores the events once per channel and provider event id and applies the new ones; resolves
     * once they are committed (applied, or stored for the worker). A group that cannot even be
     * stored is written again request by request, so one request's events never fail another's.
     */
    ingest(organizationId: string, channel: ChannelRow, events: InboundEvent[]): Promise<void> {
      if (!events.length) return Promise.resolve();
      return write(organizationId, { channel, events });
    },
  };
}

export type IngestBatcher = ReturnType<typeof createIngestBatcher>;
