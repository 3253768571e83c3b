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
// one if need be) before the lane's next group starts, keeping each contact's order.
//
// An organization's groups go on in lanes, by contact: one contact's events always take the same
// lane, where groups are written one after another, so they are applied in the order they came,
// while the other lane's group uses the time this one waits for the database (a slow commit then
// holds half the traffic, not all of it).

/** Requests of one group (most carry one event); what arrives beyond waits for the next. */
const MAX_REQUESTS = 200;

type Request = { organizationId: string; channel: ChannelRow; events: InboundEvent[] };

const keyOf = (channelId: string, eventId: string) => `${channelId}\n${eventId}`;

/** The key that orders an event among others: its contact on the channel (a status: the message it is about). */
const laneKeyOf = (channelId: string, e: InboundEvent) => `${channelId}:${'contact' in e ? e.contact.identity : e.providerMessageId}`;

const hash = (key: string) => {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return Math.abs(h);
};

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

  // PGlite has one connection: a second lane would only wait for it.
  const lanes = platform.database.kind === 'pglite' ? 1 : 2;

  const write = createGroupWriter(async (_lane: string, requests: Request[]) => {
    const { organizationId } = requests[0]!;
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
     * stored is written again request by request, so one request's events never fail another's;
     * a request whose events took both lanes fails if either part did (the provider delivers it
     * again, and what was stored is not stored twice).
     */
    async ingest(organizationId: string, channel: ChannelRow, events: InboundEvent[]): Promise<void> {
      const byLane = new Map<number, InboundEvent[]>();
      for (const e of events) {
        const lane = hash(laneKeyOf(channel.id, e)) % lanes;
        byLane.set(lane, [...(byLane.get(lane) ?? []), e]);
      }
      await Promise.all([...byLane].map(([lane, part]) => write(`${organizationId}:${lane}`, { organizationId, channel, events: part })));
    },
  };
}

export type IngestBatcher = ReturnType<typeof createIngestBatcher>;
