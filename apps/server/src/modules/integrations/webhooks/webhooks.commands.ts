import type { WebhookDelivery, WebhookEndpoint, WebhookEndpointWithSecret, WebhookEvent, webhookEndpointBody } from '@atende/shared';
import type { z } from 'zod';
import type { Principal } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import { checkTarget } from '../../../platform/http/outbound-fetch.js';
import type { Platform } from '../../../platform/platform.js';
import { newWebhookSecret } from './signature.js';
import { WEBHOOK_JOB, type WebhookJob } from './webhook-delivery.job.js';
import { deliveriesRepo, endpointsRepo, type DeliveryRow, type EndpointRow } from './webhooks.repository.js';

type Input = z.infer<typeof webhookEndpointBody>;
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toEndpoint(row: EndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events as WebhookEvent[],
    enabled: row.enabled,
    disabledReason: row.disabledReason,
    createdAt: row.createdAt.toISOString(),
  };
}

function toDelivery(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    messageId: row.messageId,
    event: row.eventType,
    status: row.status,
    attempt: row.attempt,
    responseStatus: row.responseStatus,
    responseExcerpt: row.responseExcerpt,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    lastAttemptAt: iso(row.lastAttemptAt),
    nextAttemptAt: iso(row.nextAttemptAt),
  };
}

// SPEC PLT-03: private and loopback targets are refused unless ALLOW_PRIVATE_TARGETS=true
// (development and tests only), as a field error the form shows. Every delivery checks again.
async function checkUrl(platform: Platform, url: string) {
  try {
    await checkTarget(url, platform.config.allowPrivateTargets);
  } catch (err) {
    if (err instanceof AppError && err.code === 'TARGET_NOT_ALLOWED') {
      throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'body.url', rule: 'private_target' }] });
    }
    throw err;
  }
}

async function existing(platform: Platform, p: Principal, id: string): Promise<EndpointRow> {
  const row = await platform.tenant.asUser(p, (s) => endpointsRepo.byId(s, id));
  if (!row) throw new AppError('WEBHOOK_ENDPOINT_NOT_FOUND');
  return row;
}

export const listEndpoints = (platform: Platform, p: Principal) =>
  platform.tenant.asUser(p, async (s) => (await endpointsRepo.list(s)).map(toEndpoint));

export const getEndpoint = async (platform: Platform, p: Principal, id: string) => toEndpoint(await existing(platform, p, id));

// The secret is shown here and on rotation only; it is sealed at rest (it must be read back to sign).
export async function createEndpoint(platform: Platform, p: Principal, input: Input): Promise<WebhookEndpointWithSecret> {
  await checkUrl(platform, input.url);
  const secret = newWebhookSecret();
  const row = await platform.tenant.asUser(p, async (s) => {
    const created = await endpointsRepo.insert(s, {
      url: input.url,
      events: input.events,
      description: input.description ?? null,
      secret: platform.secrets.seal(secret),
    });
    return input.enabled === false ? (await endpointsRepo.update(s, created.id, { enabled: false }))! : created;
  });
  return { ...toEndpoint(row), secret };
}

export async function updateEndpoint(platform: Platform, p: Principal, id: string, input: Input): Promise<WebhookEndpoint> {
  await existing(platform, p, id); // another organization's id is "not found" before anything about the body
  await checkUrl(platform, input.url);
  const row = await platform.tenant.asUser(p, async (s) => {
    const enabled = input.enabled;
    // Enabling again (after a 410 or by hand) forgets why it stopped.
    const state = enabled === undefined ? {} : { enabled, disabledReason: enabled ? null : undefined };
    return endpointsRepo.update(s, id, { url: input.url, events: input.events, description: input.description ?? null, ...state });
  });
  if (!row) throw new AppError('WEBHOOK_ENDPOINT_NOT_FOUND');
  return toEndpoint(row);
}

export async function deleteEndpoint(platform: Platform, p: Principal, id: string) {
  if (!(await platform.tenant.asUser(p, (s) => endpointsRepo.remove(s, id)))) throw new AppError('WEBHOOK_ENDPOINT_NOT_FOUND');
}

/** A new secret; the old one stops signing at once. */
export async function rotateEndpointSecret(platform: Platform, p: Principal, id: string): Promise<WebhookEndpointWithSecret> {
  const secret = newWebhookSecret();
  const row = await platform.tenant.asUser(p, (s) => endpointsRepo.update(s, id, { secret: platform.secrets.seal(secret) }));
  if (!row) throw new AppError('WEBHOOK_ENDPOINT_NOT_FOUND');
  return { ...toEndpoint(row), secret };
}

export async function listDeliveries(platform: Platform, p: Principal, endpointId: string): Promise<WebhookDelivery[]> {
  await existing(platform, p, endpointId);
  return platform.tenant.asUser(p, async (s) => (await deliveriesRepo.log(s, endpointId)).map(toDelivery));
}

// "Reenviar": one attempt now, with the same webhook-id, whatever the delivery's state.
export async function resendDelivery(platform: Platform, p: Principal, endpointId: string, deliveryId: string): Promise<WebhookDelivery> {
  const row = await platform.tenant.asUser(p, async (s) => {
    const delivery = await deliveriesRepo.byId(s, deliveryId);
    if (!delivery || delivery.endpointId !== endpointId) throw new AppError('WEBHOOK_DELIVERY_NOT_FOUND');
    await deliveriesRepo.update(s, deliveryId, { status: 'pending', nextAttemptAt: null });
    const job: WebhookJob = { organizationId: p.organizationId, deliveryId, expectedAttempt: delivery.attempt, manual: true };
    await platform.jobs.sendInTx(s, WEBHOOK_JOB, job);
    s.onCommit(() => platform.jobs.kick(WEBHOOK_JOB));
    return (await deliveriesRepo.byId(s, deliveryId))!;
  });
  return toDelivery(row);
}
