import type { z } from 'zod';
import type {
  ChannelCapabilities,
  ChannelType,
  MediaKind,
  Message,
  MessageContent,
  MessageKind,
  MessageTemplate,
  SharedContact,
} from '@atende/shared';

// ARCHITECTURE §3 "Channel adapters implement one interface": one adapter per provider, looked up in
// the registry by channel type. An adapter maps its provider's wire format to these normalised shapes
// and back; it never touches the database, the attendances or the sockets (the pipeline does).

/** A configured channel as an adapter sees it: public settings and decrypted secrets. */
export type AdapterChannel = {
  id: string;
  organizationId: string;
  token: string;
  settings: Record<string, unknown>;
  secrets: Record<string, string>;
};

/** A webhook request, untouched: signatures are checked over `rawBody`, before any parsing. */
export type WebhookRequest = {
  rawBody: Buffer;
  headers: Record<string, string | string[] | undefined>;
  query: Record<string, string | undefined>;
  /** `:channelToken` of token-addressed webhooks (Telegram). */
  channelToken?: string;
};

/** Who wrote: `identity` is the provider's stable id of the contact on this channel (wa_id, chat id…). */
export type InboundContact = { identity: string; name?: string; phone?: string; username?: string };

/** Media the provider holds; `fetchMedia` brings its bytes. */
export type MediaRef = { providerMediaId: string; mimeType?: string; sha256?: string; size?: number; fileName?: string };

export type InboundMessageBody = {
  kind: Exclude<MessageKind, 'template'>;
  /** Text, caption, or the title of an interactive reply. */
  text: string;
  content: MessageContent | null;
  media?: MediaRef;
};

/**
 * One normalised inbound event. `eventId` is unique per channel for the provider's delivery of it:
 * re-deliveries carry the same id and are stored once.
 */
export type InboundEvent =
  | {
      type: 'message';
      eventId: string;
      providerMessageId: string;
      contact: InboundContact;
      at: Date;
      message: InboundMessageBody;
      /** The provider id of the message this one answers, when the contact quoted one. */
      replyToProviderMessageId?: string;
    }
  | { type: 'edit'; eventId: string; providerMessageId: string; contact: InboundContact; at: Date; message: InboundMessageBody }
  | {
      type: 'reaction';
      eventId: string;
      /** The message reacted to. */
      providerMessageId: string;
      contact: InboundContact;
      at: Date;
      /** null: the reaction was removed. */
      emoji: string | null;
    }
  | {
      type: 'status';
      eventId: string;
      providerMessageId: string;
      status: 'sent' | 'delivered' | 'read' | 'failed';
      at: Date;
      error?: { code: string; title: string };
    };

/** What the agent sends, normalised. `to` is the contact's identity on the channel. */
export type OutboundMessage = {
  to: string;
  /** Our message id: adapters that accept a client reference pass it on. */
  messageId: string;
  /** The message as our own clients render it (web chat pushes it to the widget as is). */
  rendered?: Message;
  content:
    | { kind: 'text'; text: string }
    | { kind: 'media'; mediaKind: MediaKind; file: { bytes: Buffer; fileName: string; mimeType: string }; caption?: string }
    | { kind: 'template'; name: string; language: string; params: string[] };
};

export type SendResult = { providerMessageId: string };

/**
 * A provider call that did not succeed. `transient` is retried (after `retryAfterSeconds` when the
 * provider said so); `permanent` is shown to the agent as "Não entregue: <title>"; `window_closed`
 * means free text is refused until the contact writes again (WhatsApp 131047).
 */
export class ProviderError extends Error {
  constructor(
    readonly kind: 'transient' | 'permanent' | 'window_closed',
    readonly code: string,
    readonly title: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(`${code}: ${title}`);
    this.name = 'ProviderError';
  }
}

/** What adapters get from the platform for provider calls (base URLs are configuration, CH-08). */
export type ProviderContext = {
  fetch: typeof fetch;
  /** META_GRAPH_URL / TELEGRAM_API_URL, without a trailing slash. */
  baseUrl: string;
  /** Public base URL of this Atende (PUBLIC_URL), for webhook registration. */
  publicUrl: string;
  /** Channels served by our own sockets (web chat): push a message to the contact's open widgets. */
  pushToContact?(organizationId: string, identity: string, message: Message): void;
};

export type ChannelAdapter = {
  type: ChannelType;
  capabilities: ChannelCapabilities;
  /** Names of the secrets (write-only settings); `secretsSchema` checks them, `settingsSchema` the public settings. */
  secretNames: readonly string[];
  settingsSchema: z.ZodType<Record<string, unknown>>;
  secretsSchema: z.ZodType<Record<string, string>>;
  /**
   * Which channels a webhook may be for, before anything is verified: either the token in the URL,
   * or provider keys read from the payload (WhatsApp's phone_number_id), matched against
   * `channelKey(settings)`.
   */
  route(req: WebhookRequest): { token: string } | { keys: string[] };
  /** The provider's base URL from configuration (CH-08: META_GRAPH_URL, TELEGRAM_API_URL); null for no provider (web chat). */
  baseUrl(config: { metaGraphUrl: string; telegramApiUrl: string }): string | null;
  /** Webhook channels: the path the provider posts to (joined to PUBLIC_URL for the admin). */
  webhookPath?(channelToken: string): string;
  /** The provider key a channel answers to (WhatsApp: phone number id); null when routed by token. */
  channelKey(settings: Record<string, unknown>): string | null;
  /** Signature or secret over the raw body, in constant time. */
  verify(req: WebhookRequest, channel: AdapterChannel): boolean;
  /** Provider payload → normalised events, for this channel only (a payload may address several). */
  parse(req: WebhookRequest, channel: AdapterChannel): InboundEvent[];
  /** GET handshake (WhatsApp hub.challenge): the text to answer, or null (403). */
  handshake?(query: Record<string, string | undefined>, channels: AdapterChannel[]): string | null;
  send(out: OutboundMessage, channel: AdapterChannel, ctx: ProviderContext): Promise<SendResult>;
  fetchMedia(media: MediaRef, channel: AdapterChannel, ctx: ProviderContext): Promise<{ bytes: Buffer; mimeType: string; fileName?: string }>;
  /**
   * "Testar conexão": a harmless authenticated call; `detail` names what answered (the number, the
   * bot). A refusal or no answer throws its ProviderError, as `send` does.
   */
  testConnection(channel: AdapterChannel, ctx: ProviderContext): Promise<{ ok: boolean; detail: string }>;
  /** "Registrar webhook" (Telegram setWebhook with the secret token). */
  registerWebhook?(channel: AdapterChannel, webhookUrl: string, ctx: ProviderContext): Promise<void>;
  /** Approved templates (WhatsApp). */
  listTemplates?(channel: AdapterChannel, ctx: ProviderContext): Promise<MessageTemplate[]>;
};

export type { SharedContact };
