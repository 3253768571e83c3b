import type { FastifyBaseLogger } from 'fastify';
import type { Platform } from '../../../platform/platform.js';
import type { Scope } from '../../../platform/db/tenant.js';
import { lockContactAttendances } from '../../attendances/index.js';
import { channelById, type ChannelRow } from '../../queues/index.js';
import type { InboundEvent } from '../adapters/port.js';
import { inboundRepo } from './inbound.repository.js';
import { receiveEvent, receiveOpenConversationMessages } from './receive-event.js';

// ARCHITECTURE §3 inbound: every event is applied from the store, exactly once. The webhook's path
// (ingest-batcher.ts) stores and applies a group of events in one transaction; what it could not
// apply is processed here from the store: right away when that transaction failed, and by the
// sweeper, on any instance and with backoff, after a crash, a failed attempt or a status that
// overtook its message. Stored events are claimed with SKIP LOCKED, so two instances never apply
// the same one. A batch is applied in one transaction; if that fails, each event of it is tried
// again in a transaction of its own, so one bad event never holds the others back.

/** A status still waiting for its message after this many tries (about 8 minutes) is dropped. */
const MAX_ATTEMPTS = 10;
/**
 * An event whose applying keeps failing is given up after this many tries, about an hour with the
 * backoff: kept in the store with its error, instead of being tried every five minutes forever. The
 * database being unreachable counts no try (the retry cannot even be written).
 */
const MAX_FAILURES = 20;
/** Events of one batch transaction: enough to share a commit widely, few enough to hold locks briefly. */
const BATCH = 100;

const revive = (payload: unknown): InboundEvent => {
  const e = payload as InboundEvent & { at: string };
  return { ...e, at: new Date(e.at) } as InboundEvent;
};

/** An event its transaction holds (claimed, or stored by it just now), with what applying it needs. */
export type Claimed = { id: number; attempts: number; channelId: string; event: InboundEvent };

export function createInboundWorker(platform: Platform, log: FastifyBaseLogger) {
  const inFlight = new Set<Promise<unknown>>();
  let timer: NodeJS.Timeout | undefined;

  /** Applies one claimed event in the caller's transaction: done, or scheduled for a retry. */
  async function apply(s: Scope, row: Claimed, channel: ChannelRow | undefined) {
    if (!channel) return inboundRepo.done(s, row.id, 'channel gone');
    const outcome = await receiveEvent(platform, s, channel, row.event);
    if (outcome.done) return outcome.note ? inboundRepo.done(s, row.id, outcome.note) : undefined;
    const attempts = row.attempts + 1;
    if (attempts >= MAX_ATTEMPTS) return inboundRepo.done(s, row.id, `gave up: ${outcome.retry}`);
    await inboundRepo.retryLater(s, row.id, attempts, outcome.retry);
  }

  /**
   * Applies events already claimed by the caller's transaction (marked processed; a retry or a
   * rollback undoes the mark), in the order given.
   */
  async function applyClaimed(s: Scope, rows: Claimed[], known: ChannelRow[]) {
    if (!rows.length) return;
    const contacts = rows.flatMap(({ channelId, event }) => (event.type === 'message' ? [{ channelId, identity: event.contact.identity }] : []));
    // Every contact of the batch at once, in one fixed order: batches never wait on each other in a cycle.
    await inboundRepo.lockContacts(s, contacts);
    // Then their conversations, in one query instead of one per message.
    await lockContactAttendances(s, contacts);
    // The webhook read the channel a moment ago, to verify the signature: no second read.
    const channels = new Map(known.map((c) => [c.id, c]));
    for (const row of rows) {
      if (channels.has(row.channelId)) continue;
      const channel = await channelById(s, row.channelId);
      if (channel) channels.set(channel.id, channel);
    }
    // Messages to conversations already open, all in one statement; then the rest, one by one, in
    // order: a status, reaction or edit finds its message even when it came in the same batch.
    const items = rows.map((row) => ({ row, channel: channels.get(row.channelId) }));
    const deliverable = items.flatMap(({ row, channel }) => (channel ? [{ id: row.id, channel, event: row.event }] : []));
    const applied = new Set([...(await receiveOpenConversationMessages(platform, s, deliverable))].map((i) => deliverable[i]!.id));
    for (const { row, channel } of items) if (!applied.has(row.id)) await apply(s, row, channel);
  }

  /** Claims these stored events and applies them in one transaction, in stored order. Events done already, or held by another worker, are left out. */
  async function applyAll(organizationId: string, ids: number[], known: ChannelRow[]) {
    await platform.tenant.inTenant(organizationId, null, async (s) => {
      const rows = await inboundRepo.claimMany(s, ids);
      await applyClaimed(
        s,
        rows.map((row) => ({ id: row.id, attempts: row.attempts, channelId: row.channelId, event: revive(row.payload) })),
        known,
      );
    });
  }

  async function processOne(organizationId: string, id: number, known: ChannelRow[] = []) {
    try {
      await applyAll(organizationId, [id], known);
    } catch (err) {
      log.warn({ err, inboundEventId: id }, 'inbound event failed; will retry');
      await platform.tenant
        .inTenant(organizationId, null, async (s) => {
          const [row] = await inboundRepo.byIds(s, [id]);
          if (!row || row.processedAt) return;
          if (row.attempts + 1 < MAX_FAILURES) return inboundRepo.retryLater(s, id, row.attempts + 1, String(err));
          log.error({ err, inboundEventId: id, attempts: row.attempts + 1 }, 'inbound event given up after repeated failures; kept in the store');
          await inboundRepo.done(s, id, `gave up: ${String(err)}`.slice(0, 2000));
        })
        .catch((e: unknown) => log.error({ err: e }, 'could not schedule inbound retry'));
    }
  }

  /** One organization's events in one transaction, in stored order; on failure, each on its own. */
  async function processBatch(organizationId: string, ids: number[], known: ChannelRow[] = []) {
    if (ids.length === 1) return processOne(organizationId, ids[0]!, known);
    try {
      await applyAll(organizationId, ids, known);
    } catch (err) {
      log.debug({ err, inboundEventIds: ids }, 'inbound batch failed; its events are tried one by one');
      for (const id of ids) await processOne(organizationId, id, known);
    }
  }

  return {
    /**
     * The webhook's path (ingest-batcher.ts): events its transaction has just stored, already marked
     * processed, applied in that same transaction in the order given.
     */
    applyNew: applyClaimed,
    /** Stored events, claimed and applied now (each on its own if their batch fails); resolves when done. */
    processStored(organizationId: string, ids: number[], known: ChannelRow[] = []) {
      const p = processBatch(organizationId, ids, known);
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
      return p;
    },
    async sweep() {
      const due = await platform.tenant.inSystem((s) => inboundRepo.due(s, 200));
      const byOrganization = new Map<string, number[]>();
      for (const row of due) byOrganization.set(row.organizationId, [...(byOrganization.get(row.organizationId) ?? []), row.id]);
      for (const [organizationId, ids] of byOrganization) {
        for (let i = 0; i < ids.length; i += BATCH) await processBatch(organizationId, ids.slice(i, i + BATCH));
      }
      return due.length;
    },
    start(everyMs = 2000) {
      timer = setInterval(() => void this.sweep().catch((err: unknown) => log.error({ err }, 'inbound sweep failed')), everyMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      await Promise.allSettled([...inFlight]);
    },
  };
}

export type InboundWorker = ReturnType<typeof createInboundWorker>;
