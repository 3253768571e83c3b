import { errorBodySchema, okSchema, pushKeySchema, pushSubscriptionBody, pushUnsubscribeBody, type PushSubscriptionBody } from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../../../platform/auth/index.js';
import type { Platform } from '../../../platform/platform.js';
import { appPrincipalOf } from '../app-session.js';
import { checkPushEndpoint } from './push-endpoint.js';
import { pushSubscriptionsRepo, type PushOwner } from './push-subscriptions.repository.js';
import { vapidKeys } from './vapid.js';

// SPEC ALR-04 (web push): the VAPID public key and the browsers' subscriptions, for the alert app
// (app session cookie + CSRF header, checked by appPrincipalOf) and for the console (staff session).

async function subscribe(platform: Platform, organizationId: string, owner: PushOwner, body: PushSubscriptionBody) {
  await checkPushEndpoint(body.endpoint, platform.config.allowPrivateTargets);
  await platform.tenant.inTenant(organizationId, null, (s) => pushSubscriptionsRepo.upsert(s, owner, body));
  return { ok: true as const };
}

const unsubscribe = async (platform: Platform, organizationId: string, owner: PushOwner, endpoint: string) => {
  await platform.tenant.inTenant(organizationId, null, (s) => pushSubscriptionsRepo.remove(s, owner, endpoint));
  return { ok: true as const };
};

export async function pushRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema };
  const open = { public: true };
  const appTags = ['alert-app'];
  const staffTags = ['push'];
  const agent = { role: 'agent' as const };

  r.get(
    '/api/alert-app/push/key',
    { config: open, schema: { tags: appTags, summary: 'The VAPID public key for web push', response: { 200: pushKeySchema } } },
    async () => ({ publicKey: (await vapidKeys(platform)).publicKey }),
  );
  r.post(
    '/api/alert-app/push/subscriptions',
    {
      config: open,
      schema: {
        tags: appTags,
        summary: 'Receive web pushes in this browser (idempotent by endpoint)',
        body: pushSubscriptionBody,
        response: { 200: okSchema, ...errors },
      },
    },
    async (req) => {
      const p = await appPrincipalOf(platform, req);
      return subscribe(platform, p.organizationId, { appUserId: p.appUserId }, req.body);
    },
  );
  r.delete(
    '/api/alert-app/push/subscriptions',
    {
      config: open,
      schema: { tags: appTags, summary: 'Stop web pushes to this browser', body: pushUnsubscribeBody, response: { 200: okSchema, ...errors } },
    },
    async (req) => {
      const p = await appPrincipalOf(platform, req);
      return unsubscribe(platform, p.organizationId, { appUserId: p.appUserId }, req.body.endpoint);
    },
  );
  r.get(
    '/api/push/key',
    { config: agent, schema: { tags: staffTags, summary: 'The VAPID public key for web push', response: { 200: pushKeySchema, ...errors } } },
    async () => ({ publicKey: (await vapidKeys(platform)).publicKey }),
  );
  r.post(
    '/api/push/subscriptions',
    {
      config: agent,
      schema: {
        tags: staffTags,
        summary: 'Receive web pushes in this browser (idempotent by endpoint)',
        body: pushSubscriptionBody,
        response: { 200: okSchema, ...errors },
      },
    },
    async (req) => {
      const p = principalOf(req);
      return subscribe(platform, p.organizationId, { userId: p.userId }, req.body);
    },
  );
  r.delete(
    '/api/push/subscriptions',
    {
      config: agent,
      schema: { tags: staffTags, summary: 'Stop web pushes to this browser', body: pushUnsubscribeBody, response: { 200: okSchema, ...errors } },
    },
    async (req) => {
      const p = principalOf(req);
      return unsubscribe(platform, p.organizationId, { userId: p.userId }, req.body.endpoint);
    },
  );
}
