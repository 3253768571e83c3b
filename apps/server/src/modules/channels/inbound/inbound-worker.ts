import type { FastifyBaseLogger } from 'fastify';
import type { Platform } from '../../../platform/platform.js';
import type { Scope } from '../../../platform/db/tenant.js';
import { lockContactAttendances } from '../../attendances/index.js';
import { channelById, type ChannelRow } from '../../queues/index.js';
import type { InboundEvent } from '../adapters/port.js';
import { inboundRepo, type StoredInbound } from './inbound.repository.js';
import { receiveEvent } from './receive-event.js';
import { nextTurn } from '../../../platform/util/group-writer.js';

// ARCHITECTURE §3 inbound: events are processed from the store. The fast path runs right after the
// webhook's commit, in this process; the sweeper takes whatever is left (a crash, a failed attempt,
// a status that overtook its message) on any instance, with backoff. Events are claimed with
// SKIP LOCKED, so two instances never apply the same one.
//
// SPEC CH-02 at load: the fast path hands events to lanes by contact, so one contact's events are
// applied one after another in the order they were stored, while other contacts' go on in other
// lanes. A lane applies what has queued up in one transaction (a batch); if that fails, each event
// of it is tried again in a transaction of its own, so one bad event never holds the others back.

const MAX_ATTEMPTS = 10;
/** Events of one batch transaction: enough to share a commit widely, few enough to hold locks briefly. */
const BATCH = 100;

const revive = (payload: unknown): InboundEvent => {
  const e = payload as InboundEvent & { at: string };
  return { ...e, at: new Date(e.at) } as InboundEvent;
};

/** The key that orders an event among others: its contact on the channel (a status: the message it is about). */
export const laneKeyOf = (channelId: string, e: InboundEvent) => `${channelId}:${'contact' in e ? e.contact.identity : e.providerMessageId}`;

const hash = (key: string) => {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return Math.abs(h);
};

type Queued = { organizationId: string; id: number; channel?: ChannelRow };

export function createInboundWorker(platform: Platform, log: FastifyBaseLogger) {
  const inFlight = new Set<Promise<unknown>>();
  let timer: NodeJS.Timeout | undefined;
  // PGlite has one connection: a second lane would only wait for it.
  const lanes = Array.from({ length: platform.database.kind === 'pglite' ? 1 : 4 }, () => ({ queue: [] as Queued[], running: false }));

  /** Applies one claimed event in the caller's transaction: done, or scheduled for a retry. */
  async function apply(s: Scope, row: StoredInbound, channel: ChannelRow | undefined) {
    if (!channel) return inboundRepo.done(s, row.id, 'channel gone');
    const outcome = await receiveEvent(platform, s, channel, revive(row.payload));
    if (outcome.done) return outcome.note ? inboundRepo.done(s, row.id, outcome.note) : undefined;
    const attempts = row.attempts + 1;
    if (attempts >= MAX_ATTEMPTS) return inboundRepo.done(s, row.id, `gave up: ${outcome.retry}`);
    await inboundRepo.retryLater(s, row.id, attempts, outcome.retry);
  }

  /**
   * Claims these events (marked processed; a retry or a rollback undoes the mark) and applies them in
   * one transaction, in stored order. Events done already, or held by another worker, are left out.
   */
  async function applyAll(organizationId: string, ids: number[], known: ChannelRow[]) {
    await platform.tenant.inTenant(organizationId, null, async (s) => {
      const rows = await inboundRepo.claimMany(s, ids);
      if (!rows.length) return;
      const events = rows.map((row) => ({ row, event: revive(row.payload) }));
      const contacts = events.flatMap(({ row, event }) =>
        event.type === 'message' ? [{ channelId: row.channelId, identity: event.contact.identity }] : [],
      );
      // Every contact of the batch at once, in one fixed order: batches never wait on each other in a cycle.
      await inboundRepo.lockContacts(s, contacts);
      // Then their conversations, in one query instead of one per message.
      await lockContactAttendances(s, contacts);
      // The fast path read the channel a moment ago, to verify the signature: no second read.
      const channels = new Map(known.map((c) => [c.id, c]));
      for (const { row } of events) {
        if (!channels.has(row.channelId)) {
          const channel = await channelById(s, row.channelId);
          if (channel) channels.set(channel.id, channel);
        }
        await apply(s, row, channels.get(row.channelId));
      }
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
          if (row && !row.processedAt) await inboundRepo.retryLater(s, id, row.attempts + 1, String(err));
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

  const track = <T>(p: Promise<T>) => {
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
    return p;
  };

  /** Drains one lane: the events queued meanwhile, one organization's at a time, in the order they came. */
  async function drain(lane: (typeof lanes)[number]) {
    lane.running = true;
    try {
      // Each batch after a turn of the event loop, so the events of requests read meanwhile join it.
      while ((await nextTurn(), lane.queue.length)) {
        const organizationId = lane.queue[0]!.organizationId;
        const batch: Queued[] = [];
        const rest: Queued[] = [];
        for (const q of lane.queue) (q.organizationId === organizationId && batch.length < BATCH ? batch : rest).push(q);
        lane.queue = rest;
        const channels = [...new Map(batch.flatMap((q) => (q.channel ? [[q.channel.id, q.channel] as const] : []))).values()];
        await processBatch(
          organizationId,
          batch.map((q) => q.id),
          channels,
        );
      }
    } finally {
      lane.running = false;
    }
  }

  return {
    /** The fast path: events this process has just stored (with their lane keys), for the channel it has just read. */
    process(organizationId: string, events: { id: number; laneKey: string }[], channel?: ChannelRow) {
      const started: Promise<unknown>[] = [];
      for (const e of events) {
        const lane = lanes[hash(e.laneKey) % lanes.length]!;
        lane.queue.push({ organizationId, id: e.id, channel });
        if (!lane.running) started.push(track(drain(lane)));
      }
      return Promise.all(started);
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
