import { z } from 'zod';

// SPEC ATT-05, CH-02, CH-03, CH-08: what a message carries besides its text, whatever channel it came
// by, and how each channel type is configured. The agent's screen knows a channel only through these.

/** What a conversation message is; `text` is the default and needs no `content`. */
export const messageKinds = [
  'text',
  'image',
  'audio',
  'voice',
  'video',
  'document',
  'sticker',
  'location',
  'contacts',
  'interactive',
  'template',
  'unsupported',
] as const;
export type MessageKind = (typeof messageKinds)[number];
export const mediaKinds = ['image', 'audio', 'voice', 'video', 'document', 'sticker'] as const;
export type MediaKind = (typeof mediaKinds)[number];

export const sharedContactSchema = z.object({
  name: z.string(),
  phones: z.array(z.string()),
  emails: z.array(z.string()),
  organization: z.string().optional(),
});
export type SharedContact = z.infer<typeof sharedContactSchema>;

/** Kind-specific data; absent for plain text. */
export const messageContentSchema = z.object({
  /** Media kinds: the file is fetched from the provider after the message arrives (then `attachment` is set). */
  media: z.object({ status: z.enum(['pending', 'ready', 'failed']), error: z.string().optional() }).optional(),
  location: z.object({ latitude: z.number(), longitude: z.number(), name: z.string().optional(), address: z.string().optional() }).optional(),
  contacts: z.array(sharedContactSchema).optional(),
  /** An interactive button or list reply, or a template's quick-reply button. */
  reply: z.object({ id: z.string(), title: z.string(), description: z.string().optional() }).optional(),
  /** An approved template the agent sent (WhatsApp, outside the 24-hour window). */
  template: z.object({ name: z.string(), language: z.string(), params: z.array(z.string()) }).optional(),
  /** `unsupported`: the provider's own name for what arrived. */
  providerType: z.string().optional(),
});
export type MessageContent = z.infer<typeof messageContentSchema>;

/** Statuses only move forward: pending → sent → delivered → read; failed carries the provider's code and title. */
export const deliveryStatuses = ['pending', 'sent', 'delivered', 'read', 'failed'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];
export const deliverySchema = z.object({
  status: z.enum(deliveryStatuses),
  error: z.object({ code: z.string(), title: z.string() }).nullable(),
});
export type Delivery = z.infer<typeof deliverySchema>;

/**
 * Failure codes Atende gives itself, where no provider answer says why: no answer at all
 * (`network`, `timeout`) or a channel missing its settings (`not_configured`). Clients say these in
 * the user's language; any other code is the provider's own and comes with the provider's title.
 */
export const atendeDeliveryCodes = ['network', 'timeout', 'not_configured'] as const;
export type AtendeDeliveryCode = (typeof atendeDeliveryCodes)[number];
export const isAtendeDeliveryCode = (code: string | null | undefined): code is AtendeDeliveryCode =>
  (atendeDeliveryCodes as readonly (string | null | undefined)[]).includes(code);

export const reactionSchema = z.object({ emoji: z.string(), authorKind: z.enum(['contact', 'agent']) });

/** What a channel type can do; the composer and the message list adapt to it. */
export const channelCapabilitiesSchema = z.object({
  /** MIME types an agent may send, and the largest size of each kind in bytes. */
  outboundMedia: z.array(z.object({ kind: z.enum(mediaKinds), mimeTypes: z.array(z.string()), maxBytes: z.number().int() })),
  /** Free text only within this many hours of the contact's last message (WhatsApp: 24); null = always. */
  replyWindowHours: z.number().nullable(),
  /** Reports sent / delivered / read. */
  receipts: z.boolean(),
  /** Approved templates can be sent (WhatsApp). */
  templates: z.boolean(),
  /** Reached by a provider's webhook (then the channel has a `webhookUrl`). */
  webhook: z.boolean(),
  /** "Registrar webhook" can set the webhook at the provider (Telegram). */
  registerWebhook: z.boolean(),
  /** The contact sees the agent typing (web chat). */
  typingIndicator: z.boolean(),
});
export type ChannelCapabilities = z.infer<typeof channelCapabilitiesSchema>;

// Provider settings per channel type. Secrets are write-only: the API answers them masked.
export const whatsappSettings = z.object({
  phoneNumberId: z
    .string()
    .trim()
    .regex(/^\d{5,20}$/),
  wabaId: z
    .string()
    .trim()
    .regex(/^\d{5,20}$/),
  /** Messages per second to this number's contacts (Meta's default throughput is 80). */
  ratePerSecond: z.number().int().min(1).max(1000).default(80),
});
export const whatsappSecrets = z.object({
  accessToken: z.string().trim().min(8).max(1024),
  appSecret: z.string().trim().min(8).max(256),
  verifyToken: z.string().trim().min(8).max(256),
});
export const telegramSettings = z.object({
  ratePerSecond: z.number().int().min(1).max(1000).default(30),
});
export const telegramSecrets = z.object({
  botToken: z
    .string()
    .trim()
    .regex(/^\d{3,20}:[A-Za-z0-9_-]{10,200}$/),
  secretToken: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{8,256}$/),
});

/** PUT /api/channels/:id/provider: settings in full, secrets only those being changed. */
export const channelProviderBody = z.object({
  settings: z.record(z.string(), z.unknown()).default({}),
  secrets: z.record(z.string(), z.string()).default({}),
});

/** A secret as the API shows it: set or not, and its last 4 characters. */
export const maskedSecretSchema = z.object({ set: z.boolean(), last4: z.string().nullable() });

/** "Testar conexão" / "Registrar webhook": `code` names why it failed (an Atende code, or the provider's). */
export const channelTestResult = z.object({ ok: z.boolean(), detail: z.string(), code: z.string().optional() });

export const templateSchema = z.object({
  name: z.string(),
  language: z.string(),
  category: z.string(),
  /** The body with its {{1}}… placeholders. */
  body: z.string(),
  params: z.number().int(),
});
export type MessageTemplate = z.infer<typeof templateSchema>;
export const sendTemplateBody = z.object({
  name: z.string().trim().min(1).max(512),
  language: z.string().trim().min(2).max(15),
  params: z.array(z.string().trim().min(1).max(1024)).max(20).default([]),
  /** The template's text with its variables filled, as the contact will read it (kept in the conversation). */
  text: z.string().trim().max(4096).optional(),
  clientId: z.string().min(8).max(64).optional(),
});
