import { z } from 'zod';
import { nameText } from './common.js';

// SPEC PLT-02: API tokens. `read` allows GET/HEAD; `write` also changes data on non-admin routes;
// `admin` reaches admin routes too.
export const apiTokenScopes = ['read', 'write', 'admin'] as const;
export type ApiTokenScope = (typeof apiTokenScopes)[number];
/** Every token starts with this, so secret scanners and people recognise one. */
export const API_TOKEN_PREFIX = 'atd_';

export const apiTokenBody = z.object({
  name: nameText(80),
  scopes: z
    .array(z.enum(apiTokenScopes))
    .min(1)
    .max(3)
    .transform((s) => [...new Set(s)]),
  expiresAt: z.iso.datetime({ offset: true }).nullable().optional(),
});

export const apiTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** The token's first characters, to tell tokens apart; never the token. */
  prefix: z.string(),
  scopes: z.array(z.enum(apiTokenScopes)),
  createdByName: z.string().nullable(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;
/** The answer to a creation: the only time the token itself is shown. */
export const createdApiTokenSchema = apiTokenSchema.extend({ token: z.string() });
export type CreatedApiToken = z.infer<typeof createdApiTokenSchema>;

// SPEC PLT-03: the events an endpoint may subscribe to. Call, recording and alert events are
// delivered once those features emit them.
export const webhookEvents = [
  'attendance.created',
  'attendance.assigned',
  'attendance.finished',
  'message.created',
  'call.started',
  'call.ended',
  'recording.ready',
  'alert.created',
  'survey.answered',
] as const;
export type WebhookEvent = (typeof webhookEvents)[number];

export const webhookEndpointBody = z.object({
  url: z.url({ protocol: /^https?$/ }).max(2000),
  events: z
    .array(z.enum(webhookEvents))
    .min(1)
    .transform((e) => [...new Set(e)]),
  description: z.string().trim().max(200).nullable().optional(),
  enabled: z.boolean().optional(),
});

export const webhookEndpointSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  description: z.string().nullable(),
  events: z.array(z.enum(webhookEvents)),
  enabled: z.boolean(),
  /** Set when delivery stopped on its own: the receiver answered 410 Gone. */
  disabledReason: z.string().nullable(),
  createdAt: z.string(),
});
export type WebhookEndpoint = z.infer<typeof webhookEndpointSchema>;
/** At creation and on rotation only: the signing secret (`whsec_…`). */
export const webhookEndpointWithSecretSchema = webhookEndpointSchema.extend({ secret: z.string() });
export type WebhookEndpointWithSecret = z.infer<typeof webhookEndpointWithSecretSchema>;

export const webhookDeliveryStatuses = ['pending', 'retrying', 'succeeded', 'failed'] as const;
export const webhookDeliverySchema = z.object({
  id: z.uuid(),
  /** The `webhook-id` header: the same on every attempt and on "Reenviar". */
  messageId: z.string(),
  event: z.string(),
  status: z.enum(webhookDeliveryStatuses),
  attempt: z.number().int(),
  responseStatus: z.number().int().nullable(),
  /** The receiver's answer, its first 500 characters. */
  responseExcerpt: z.string().nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  lastAttemptAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
});
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;
