import type { FastifyBaseLogger } from 'fastify';
import type { Platform } from '../../../platform/platform.js';
import { channelById, type ChannelRow } from '../../queues/index.js';
import type { InboundEvent } from '../adapters/port.js';
import { inboundRepo } from './inbound.repository.js';
import { receiveEvent } from './receive-event.js';

// ARCHITECTURE §3 inbound: events are processed from the store. The fast path runs right after the
// webhook's commit, in this process; the sweeper takes whatever is left (a crash, a failed attempt,
// a status that overtook its message) on any instance, with backoff. Each event is claimed with
// SKIP LOCKED, so two instances never apply the same one.

const MAX_ATTEMPTS = 10;

const revive = (payload: unknown): InboundEvent => {
  const e = payload as InboundEvent & { at: string };
  return { ...e, at: new Date(e.at) } as InboundEvent;
};

export function createInboundWorker(platform: Platform, log: FastifyBaseLogger) {
  const inFlight = new Set<Promise<unknown>>();
  let timer: NodeJS.Timeout | undefined;

  async function processOne(organizationId: string, id: number, known?: ChannelRow) {
    try {
      await platform.tenant.inTenant(organizationId, null, async (s) => {
        // Claimed and marked processed; a retry below or a rollback undoes the mark.
        const row = await inboundRepo.claim(s, id);
        if (!row) return; // done already, or another worker has it
        // The fast path read the channel a moment ago, to verify the signature: no second read.
        const channel = known?.id === row.channelId ? known : await channelById(s, row.channelId);
        if (!channel) return inboundRepo.done(s, id, 'channel gone');
        const outcome = await receiveEvent(platform, s, channel, revive(row.payload));
        if (outcome.done) return outcome.note ? inboundRepo.done(s, id, outcome.note) : undefined;
        const attempts = row.attempts + 1;
        if (attempts >= MAX_ATTEMPTS) return inboundRepo.done(s, id, `gave up: ${outcome.retry}`);
        await inboundRepo.retryLater(s, id, attempts, outcome.retry);
      });
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

  const track = <T>(p: Promise<T>) => {
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
    return p;
  };

  return {
    /** The fast path: events this process has just stored, for the channel it has just read. */
    process(organizationId: string, ids: number[], channel?: ChannelRow) {
      return track(
        (async () => {
          for (const id of ids) await processOne(organizationId, id, channel);
        })(),
      );
    },
    async sweep() {
      const due = await platform.tenant.inSystem((s) => inboundRepo.due(s, 200));
      for (const row of due) await processOne(row.organizationId, row.id);
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
