import type { FastifyBaseLogger } from 'fastify';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { MAX_WEBHOOK_ATTEMPTS, parseRetryAfter, webhookRetryDelay } from './retry-schedule.js';
import { webhookHeaders } from './signature.js';
import { deliveriesRepo, endpointsRepo, type DeliveryRow, type EndpointRow } from './webhooks.repository.js';

// SPEC PLT-03: one attempt to post a delivery to its endpoint. 2xx: done. 410 Gone: the receiver
// asked us to stop, so the endpoint is disabled. Anything else (another status, a timeout, a
// refused connection) is tried again later until the attempts run out. A target the outbound
// guard refuses (a private address) is never retried.

export const WEBHOOK_JOB = 'integrations.webhook';
/**
 * `expectedAttempt` is the delivery's attempt count when the job was enqueued: if a retry and a
 * "Reenviar" are both queued, whichever runs first wins and the other finds the count moved on.
 * A `manual` attempt ("Reenviar") is not retried on its own.
 */
export type WebhookJob = { organizationId: string; deliveryId: string; expectedAttempt: number; manual?: boolean };

const TIMEOUT_MS = 15_000;
const EXCERPT_CHARS = 500;

type Outcome = { status: number | null; excerpt: string | null; error: string | null; retryAfter: number | null; allowed: boolean };

/** The body every attempt sends: the same bytes each time, so a receiver may hash it. */
export function webhookBody(delivery: DeliveryRow): string {
  return JSON.stringify({ type: delivery.eventType, timestamp: delivery.createdAt.toISOString(), data: delivery.payload });
}

async function attempt(platform: Platform, endpoint: EndpointRow, delivery: DeliveryRow): Promise<Outcome> {
  const secret = platform.secrets.open(endpoint.secret);
  if (!secret) return { status: null, excerpt: null, error: 'secret unreadable (ENCRYPTION_KEY changed?)', retryAfter: null, allowed: false };
  const body = webhookBody(delivery);
  try {
    const res = await platform.outboundFetch(endpoint.url, {
      method: 'POST',
      headers: webhookHeaders(secret, delivery.messageId, body),
      body,
      timeoutMs: TIMEOUT_MS,
    });
    const text = await res.text().catch(() => '');
    return {
      status: res.status,
      excerpt: text.slice(0, EXCERPT_CHARS),
      error: null,
      retryAfter: parseRetryAfter(res.headers.get('retry-after')),
      allowed: true,
    };
  } catch (err) {
    if (err instanceof AppError && err.code === 'TARGET_NOT_ALLOWED') {
      return { status: null, excerpt: null, error: 'target not allowed (private or local address)', retryAfter: null, allowed: false };
    }
    const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return { status: null, excerpt: null, error: message.slice(0, EXCERPT_CHARS), retryAfter: null, allowed: true };
  }
}

export function registerWebhookJob(platform: Platform, log: FastifyBaseLogger) {
  platform.jobs.register<WebhookJob>(
    WEBHOOK_JOB,
    async (job) => {
      const found = await platform.tenant.inTenant(job.organizationId, null, async (s) => {
        const delivery = await deliveriesRepo.byId(s, job.deliveryId);
        const endpoint = delivery && (await endpointsRepo.byId(s, delivery.endpointId));
        return delivery && endpoint && { delivery, endpoint };
      });
      if (!found || found.delivery.attempt !== job.expectedAttempt) return;
      const { delivery, endpoint } = found;
      if (!endpoint.enabled) {
        await platform.tenant.inTenant(job.organizationId, null, (s) =>
          deliveriesRepo.update(s, delivery.id, { status: 'failed', error: 'endpoint disabled', nextAttemptAt: null }),
        );
        return;
      }
      const number = delivery.attempt + 1;
      const outcome = await attempt(platform, endpoint, delivery);
      const ok = outcome.status !== null && outcome.status >= 200 && outcome.status < 300;
      const gone = outcome.status === 410;
      const retry = !ok && !gone && outcome.allowed && !job.manual && number < MAX_WEBHOOK_ATTEMPTS;
      const delay = retry ? webhookRetryDelay(number, platform.config.webhookRetryBaseSeconds, outcome.retryAfter) : 0;
      await platform.tenant.inTenant(job.organizationId, null, async (s) => {
        await deliveriesRepo.update(s, delivery.id, {
          attempt: number,
          status: ok ? 'succeeded' : retry ? 'retrying' : 'failed',
          responseStatus: outcome.status,
          responseExcerpt: outcome.excerpt,
          error: outcome.error,
          lastAttemptAt: new Date(),
          nextAttemptAt: retry ? new Date(Date.now() + delay * 1000) : null,
        });
        if (gone) await endpointsRepo.update(s, endpoint.id, { enabled: false, disabledReason: 'gone' });
        if (retry) {
          const next: WebhookJob = { organizationId: job.organizationId, deliveryId: delivery.id, expectedAttempt: number };
          await platform.jobs.sendInTx(s, WEBHOOK_JOB, next, { startAfter: delay });
        }
      });
      if (!ok)
        log.info({ deliveryId: delivery.id, endpointId: endpoint.id, status: outcome.status, attempt: number, retry }, 'webhook delivery failed');
    },
    { retryLimit: 3, retryDelay: 5, work: { localConcurrency: 4 } },
  );
}
