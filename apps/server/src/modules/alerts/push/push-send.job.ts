import type { FastifyBaseLogger } from 'fastify';
import type { AlertView, PushPayload } from '@atende/shared';
import type { SmallLocale } from '@atende/shared/i18n/small-catalogue';
import webPush from 'web-push';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { retryProviderJob } from '../../channels/index.js';
import { listStaff, teamById } from '../../tenancy/index.js';
import { pushSubscriptionsRepo } from './push-subscriptions.repository.js';
import { appUserPush, staffPush } from './push-texts.js';
import { vapidKeys } from './vapid.js';

// SPEC ALR-04 (web push): after commit, one job per subscription: the app user's browsers on every
// state change of their alert, the receiving team's members and the supervisors on a new alert.
// The request is built by web-push (VAPID JWT, aes128gcm body) and sent through the guarded
// outbound fetch. 404/410 mean the browser unsubscribed: the subscription goes. Other failures are
// retried with the provider backoff (ARCHITECTURE §3a).

export const PUSH_JOB = 'alerts.push-send';
export type PushJob = { organizationId: string; subscriptionId: string; payload: PushPayload; attempt?: number };

const TTL_SECONDS = 24 * 3600;
const TIMEOUT_MS = 15_000;

function retryAfterSeconds(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

async function sendOne(platform: Platform, log: FastifyBaseLogger, job: PushJob) {
  const sub = await platform.tenant.inTenant(job.organizationId, null, (s) => pushSubscriptionsRepo.byId(s, job.subscriptionId));
  if (!sub) return;
  const vapid = await vapidKeys(platform);
  const req = webPush.generateRequestDetails({ endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } }, JSON.stringify(job.payload), {
    vapidDetails: { subject: platform.config.publicUrl.startsWith('https:') ? platform.config.publicUrl : 'mailto:push@atende.invalid', ...vapid },
    TTL: TTL_SECONDS,
    contentEncoding: 'aes128gcm',
  });
  const drop = () => platform.tenant.inTenant(job.organizationId, null, (s) => pushSubscriptionsRepo.removeById(s, sub.id));
  let status: number;
  let retryAfter: number | undefined;
  try {
    const res = await platform.outboundFetch(req.endpoint, {
      method: req.method,
      headers: req.headers as Record<string, string>,
      body: req.body ? new Uint8Array(req.body) : undefined,
      timeoutMs: TIMEOUT_MS,
    });
    await res.arrayBuffer().catch(() => undefined);
    status = res.status;
    retryAfter = retryAfterSeconds(res.headers.get('retry-after'));
  } catch (err) {
    // A target the guard refuses never becomes allowed: forget the subscription.
    if (err instanceof AppError && err.code === 'TARGET_NOT_ALLOWED') return void (await drop());
    status = 0;
  }
  if (status >= 200 && status < 300) return;
  if (status === 404 || status === 410) return void (await drop());
  const retried = await retryProviderJob(platform, PUSH_JOB, job, retryAfter);
  log.info({ subscriptionId: sub.id, status, retried }, 'web push failed');
}

/** One job per subscription, its payload written in the language that browser subscribed with (PLT-01). */
async function enqueue(
  platform: Platform,
  organizationId: string,
  payloadIn: (locale: SmallLocale) => PushPayload,
  subs: { id: string; locale: SmallLocale }[],
) {
  for (const sub of subs) await platform.jobs.send<PushJob>(PUSH_JOB, { organizationId, subscriptionId: sub.id, payload: payloadIn(sub.locale) });
  if (subs.length) platform.jobs.kick(PUSH_JOB);
}

export function registerPushSending(platform: Platform, log: FastifyBaseLogger) {
  platform.jobs.register<PushJob>(PUSH_JOB, (job) => sendOne(platform, log, job), { retryLimit: 2, work: { localConcurrency: 4 } });

  platform.events.on('alert.changed', 'alerts.web-push', async (e) => {
    const alert: AlertView = e.payload.alert;
    const subs = await platform.tenant.inTenant(e.organizationId, null, (s) => pushSubscriptionsRepo.ofAppUser(s, alert.appUser.id));
    await enqueue(platform, e.organizationId, (locale) => appUserPush(alert, locale), subs);
  });

  platform.events.on('alert.fired', 'alerts.web-push', async (e) => {
    const alert: AlertView = e.payload.alert;
    const subs = await platform.tenant.inTenant(e.organizationId, null, async (s) => {
      const team = alert.teamId ? await teamById(s, alert.teamId) : undefined;
      const staff = await listStaff(s);
      const ids = staff.filter((u) => u.role === 'supervisor' || team?.memberIds.includes(u.id)).map((u) => u.id);
      return pushSubscriptionsRepo.ofUsers(s, ids);
    });
    await enqueue(platform, e.organizationId, (locale) => staffPush(alert, locale), subs);
  });
}
