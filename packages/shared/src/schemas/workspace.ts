import { z } from 'zod';
import { nameText, patchBody } from './common.js';
import { channelCapabilitiesSchema, maskedSecretSchema } from './channels.js';
import { preChatSettings } from './widget.js';

// SPEC ORG-05, WS-04, WS-05: queues, channels and pause reasons as the API shows them.
export const queueKinds = ['voice', 'chat'] as const;
export const queueDirections = ['inbound', 'outbound'] as const;
export const channelTypes = ['webchat', 'whatsapp', 'telegram', 'messenger', 'instagram', 'email', 'api', 'voice'] as const;
export type ChannelType = (typeof channelTypes)[number];

export const queueSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(queueKinds),
  direction: z.enum(queueDirections).nullable(),
  policy: z.enum(['longest_idle', 'round_robin']),
  companyId: z.uuid().nullable(),
  active: z.boolean(),
  members: z.array(z.object({ userId: z.uuid(), capacity: z.number().int() })),
});
export type Queue = z.infer<typeof queueSchema>;

export const channelSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  type: z.enum(channelTypes),
  queueId: z.uuid(),
  token: z.string(),
  active: z.boolean(),
  /** WebChat only (CH-01): the pre-chat form's fields; null for other types. */
  preChat: preChatSettings.nullable(),
  /** WebChat only (VOX-06 a, "Permitir chamadas de voz"): the voice queue visitors' calls ring; null: no calls. */
  voiceQueueId: z.uuid().nullable(),
  /** Provider settings that are not secret (WhatsApp phone number id, WABA id, rate). */
  settings: z.record(z.string(), z.unknown()),
  /** Provider secrets, masked: never returned after they are saved. */
  secrets: z.record(z.string(), maskedSecretSchema),
  /** Webhook channels: the absolute URL to paste at the provider (from PUBLIC_URL); null otherwise. */
  webhookUrl: z.string().nullable(),
  capabilities: channelCapabilitiesSchema,
});
export type Channel = z.infer<typeof channelSchema>;

export const pauseReasonSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  active: z.boolean(),
  productive: z.boolean(),
});
export type PauseReason = z.infer<typeof pauseReasonSchema>;

export const queueMemberInput = z.object({ userId: z.uuid(), capacity: z.number().int().min(1).max(50).default(3) });
export const queueBody = z.object({
  name: nameText(80),
  kind: z.enum(queueKinds),
  direction: z.enum(queueDirections).nullable().default(null),
  policy: z.enum(['longest_idle', 'round_robin']).default('longest_idle'),
  companyId: z.uuid().nullable().default(null),
  active: z.boolean().default(true),
});
export const updateQueueBody = patchBody(queueBody);
export const queueMembersBody = z.object({ members: z.array(queueMemberInput).max(2000) });

export const channelBody = z.object({
  name: nameText(80),
  type: z.enum(channelTypes),
  queueId: z.uuid(),
  active: z.boolean().default(true),
  preChat: preChatSettings.optional(),
  /** WebChat only: a voice queue allows calls from the widget ("Ligar"); null stops them. */
  voiceQueueId: z.uuid().nullable().optional(),
});
export const updateChannelBody = patchBody(channelBody.omit({ type: true }));

export const pauseReasonBody = z.object({ name: nameText(60), active: z.boolean().default(true), productive: z.boolean().default(false) });
export const updatePauseReasonBody = patchBody(pauseReasonBody);
