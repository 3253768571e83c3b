import { bodyOrUnsupported } from '../inbound-guard.js';
import type { AdapterChannel, InboundContact, InboundEvent, WebhookRequest } from '../port.js';
import { messageBody } from './whatsapp-message.js';
import type { WaChangeValue, WaMessage, WaStatus, WaWebhook } from './whatsapp-wire.js';

// SPEC CH-02: a webhook POST → normalised events. One payload may carry changes for several phone
// numbers (one app, many numbers): each channel takes only those addressed to its phone_number_id.

function payloadOf(rawBody: Buffer): WaWebhook | null {
  try {
    const parsed: unknown = JSON.parse(rawBody.toString('utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as WaWebhook) : null;
  } catch {
    return null;
  }
}

function changeValues(payload: WaWebhook | null): WaChangeValue[] {
  const values: WaChangeValue[] = [];
  for (const entry of Array.isArray(payload?.entry) ? payload.entry : []) {
    for (const change of Array.isArray(entry?.changes) ? entry.changes : []) {
      if (change?.value && typeof change.value === 'object') values.push(change.value);
    }
  }
  return values;
}

/** The phone_number_ids a webhook addresses, to find its channels before verifying it. */
export function routeKeys(req: WebhookRequest): { keys: string[] } {
  const keys = new Set<string>();
  for (const value of changeValues(payloadOf(req.rawBody))) {
    const id = value.metadata?.phone_number_id;
    if (typeof id === 'string' && id) keys.add(id);
  }
  return { keys: [...keys] };
}

const atOf = (timestamp: string | undefined) => new Date(Number(timestamp ?? 0) * 1000 || Date.now());

/** A list of the payload, or none when the field is not one (a signed payload's fields are still input). */
const listOf = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);

function contactOf(value: WaChangeValue, msg: WaMessage): InboundContact {
  const known = listOf(value.contacts).find((c) => c?.wa_id && c.wa_id === msg.from);
  const identity = known?.wa_id ?? msg.from ?? '';
  const name = known?.profile?.name;
  return { identity, ...(name ? { name } : {}), ...(/^\d+$/.test(identity) ? { phone: `+${identity}` } : {}) };
}

function messageEvent(value: WaChangeValue, msg: WaMessage): InboundEvent | null {
  if (!msg?.id || !msg.from) return null;
  const contact = contactOf(value, msg);
  const at = atOf(msg.timestamp);
  if (msg.type === 'reaction') {
    const target = msg.reaction?.message_id;
    if (!target) return null;
    const emoji = msg.reaction?.emoji ?? '';
    // Keyed by the reaction's own id: adding, removing and re-adding one emoji are three events.
    return { type: 'reaction', eventId: `reaction:${msg.id}:${emoji}`, providerMessageId: target, contact, at, emoji: emoji || null };
  }
  const replyTo = msg.context?.id;
  return {
    type: 'message',
    eventId: `msg:${msg.id}`,
    providerMessageId: msg.id,
    contact,
    at,
    message: bodyOrUnsupported(() => messageBody(msg), msg.type),
    ...(replyTo ? { replyToProviderMessageId: replyTo } : {}),
  };
}

const STATUSES = ['sent', 'delivered', 'read', 'failed'] as const;
type Status = (typeof STATUSES)[number];

function statusEvent(st: WaStatus): InboundEvent | null {
  const status = STATUSES.find((s) => s === st?.status) as Status | undefined;
  if (!st.id || !status) return null;
  const first = listOf(st.errors)[0];
  const error =
    status === 'failed' && first
      ? { code: String(first.code ?? 'unknown'), title: first.title || first.message || first.error_data?.details || 'failed' }
      : undefined;
  // Each status is one event: sent, delivered and read of one message are stored once each.
  return {
    type: 'status',
    eventId: `status:${st.id}:${status}`,
    providerMessageId: st.id,
    status,
    at: atOf(st.timestamp),
    ...(error ? { error } : {}),
  };
}

export function parseWebhook(req: WebhookRequest, channel: AdapterChannel): InboundEvent[] {
  const phoneNumberId = channel.settings.phoneNumberId;
  const events: InboundEvent[] = [];
  for (const value of changeValues(payloadOf(req.rawBody))) {
    if (!phoneNumberId || value.metadata?.phone_number_id !== phoneNumberId) continue;
    for (const msg of listOf(value.messages)) {
      const event = messageEvent(value, msg);
      if (event) events.push(event);
    }
    for (const st of listOf(value.statuses)) {
      const event = statusEvent(st);
      if (event) events.push(event);
    }
  }
  return events;
}
