import type { FastifyBaseLogger } from 'fastify';
import type { Platform } from '../../../platform/platform.js';
import { deliveriesUpTo, holdDelivery, messageForDelivery, readAttachmentBytes, recordDelivery } from '../../attendances/index.js';
import { channelById } from '../../queues/index.js';
import { adapterChannel, providerContext } from '../adapters/adapter-channel.js';
import { ProviderError } from '../adapters/port.js';
import { adapterFor } from '../adapters/registry.js';
import { retryDelaySeconds, retryProviderJob } from '../provider-retry.js';
import { outboundContent } from './outbound-content.js';
import type { RateLimiter } from './rate-limiter.js';

// SPEC CH-02, CH-03, ARCHITECTURE §3 outbound: each message to a contact is a delivery job. A busy or
// unreachable provider is retried with backoff (and never sooner than it asked); a refusal is shown
// in the conversation as "Não entregue: <title>" with "Reenviar". Only a pending message is sent,
// so a job that runs twice (a retry after a crash) never sends twice.

export const DELIVER_JOB = 'channels.deliver';
/** Keyed by attendance: one conversation's messages leave in the order they were written (pg-boss key_strict_fifo). */
export type DeliverJob = { organizationId: string; attendanceId: string; messageId: string; attempt?: number };

export function registerDeliverJob(platform: Platform, limiter: RateLimiter, log: FastifyBaseLogger) {
  const fail = async (job: DeliverJob, messageId: string, code: string, title: string) => {
    await platform.tenant.inTenant(job.organizationId, null, (s) => recordDelivery(platform, s, messageId, 'failed', { error: { code, title } }));
  };

  /** Sends one pending message; 'retry' when the job was scheduled again (a busy or unreachable provider). */
  const deliver = async (job: DeliverJob, messageId: string): Promise<'done' | 'retry'> => {
    const found = await platform.tenant.inTenant(job.organizationId, null, async (s) => {
      const target = await messageForDelivery(s, messageId);
      const channel = target?.attendance.channelId ? await channelById(s, target.attendance.channelId) : undefined;
      return target && channel && { target, channel, rendered: { ...target.rendered, authorId: null } };
    });
    if (!found || found.target.message.deliveryStatus !== 'pending') return 'done';
    const { target, channel, rendered } = found;
    // The provider asked to wait for this message: this job waits with it, so order and hint both hold.
    const waitMs = (target.message.deliveryRetryAt?.getTime() ?? 0) - Date.now();
    if (waitMs > 0) {
      await platform.jobs.send(DELIVER_JOB, job, { startAfter: Math.ceil(waitMs / 1000), singletonKey: job.attendanceId });
      return 'retry';
    }
    const adapter = adapterFor(channel.type);
    if (!adapter || !target.attendance.contactIdentity) return fail(job, messageId, 'NO_ROUTE', 'canal sem destino').then(() => 'done');
    const bytes = target.attachment ? await readAttachmentBytes(platform, target.attachment) : undefined;
    const content = outboundContent(target, platform.config.publicUrl, bytes);
    if (!content) return 'done';
    const rate = Number((channel.settings as { ratePerSecond?: unknown } | null)?.ratePerSecond) || 80;
    await limiter.acquire(channel.id, rate);
    try {
      const sent = await adapter.send(
        { to: target.attendance.contactIdentity, messageId: target.message.id, rendered, content },
        adapterChannel(platform, channel),
        providerContext(platform, adapter),
      );
      await platform.tenant.inTenant(job.organizationId, null, (s) =>
        recordDelivery(platform, s, messageId, 'sent', { providerMessageId: sent.providerMessageId }),
      );
    } catch (err) {
      if (!(err instanceof ProviderError)) {
        // A network failure or a bug of ours: the provider may not have it; try again.
        log.warn({ err, messageId }, 'delivery failed; will retry');
        if (await retryProviderJob(platform, DELIVER_JOB, job, undefined, job.attendanceId)) return 'retry';
        await fail(job, messageId, 'UNREACHABLE', String((err as Error).message ?? err).slice(0, 200));
        return 'done';
      }
      if (err.kind === 'transient' && (await retryProviderJob(platform, DELIVER_JOB, job, err.retryAfterSeconds, job.attendanceId))) {
        const seconds = retryDelaySeconds(job.attempt ?? 1, err.retryAfterSeconds);
        await platform.tenant.inTenant(job.organizationId, null, (s) => holdDelivery(s, messageId, new Date(Date.now() + seconds * 1000)));
        return 'retry';
      }
      await fail(job, messageId, err.code, err.title);
    }
    return 'done';
  };

  platform.jobs.register<DeliverJob>(
    DELIVER_JOB,
    async (job) => {
      // Earlier messages of the conversation still pending go first (deliveriesUpTo), then this one.
      const ids = await platform.tenant.inTenant(job.organizationId, null, (s) => deliveriesUpTo(s, job.messageId));
      for (const id of ids) if ((await deliver(job, id)) === 'retry') return;
    },
    { retryLimit: 3, retryDelay: 5, policy: 'key_strict_fifo', work: { localConcurrency: 8 } },
  );
}
