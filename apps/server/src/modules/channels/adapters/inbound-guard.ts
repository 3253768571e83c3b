import { messageContentSchema, messageKinds } from '@atende/shared';
import { z } from 'zod';
import type { InboundEvent, InboundMessageBody } from './port.js';

// SPEC CH-02, CH-03: a verified webhook comes from the provider, but its fields are still input. An
// adapter maps the payload field by field and can pass on a value of the wrong type (a number where an
// id is a string, an object where a text is): stored as is, such an event would fail every time the
// worker applies it. Every event an adapter parses passes here before it is stored, whatever the
// provider. An event that cannot be attributed (no usable id or contact) is dropped; a message whose
// body is not what the port promises is kept as "unsupported", so the contact still sees it arrive
// in the agent's conversation and nothing is retried forever.

const id = z.string().trim().min(1).max(512);
const optionalText = (max: number) => z.string().max(max).optional().catch(undefined);

const contactSchema = z.object({
  identity: z.string().trim().min(1).max(256),
  name: optionalText(256),
  phone: optionalText(64),
  username: optionalText(256),
});

const mediaRefSchema = z.object({
  providerMediaId: id,
  mimeType: optionalText(255),
  sha256: optionalText(255),
  size: z.number().int().nonnegative().optional().catch(undefined),
  fileName: optionalText(255),
});

const bodySchema = z.object({
  kind: z.enum(messageKinds.filter((k) => k !== 'template') as [Exclude<(typeof messageKinds)[number], 'template'>]),
  text: z.string(),
  content: messageContentSchema.nullable(),
  media: mediaRefSchema.optional(),
});

/** A moment the provider gave, or now when it gave none that makes sense (stored and replayed as JSON). */
const at = z.preprocess((v) => (v instanceof Date || typeof v === 'string' ? new Date(v) : v), z.date()).catch(() => new Date());

const envelope = { eventId: id, providerMessageId: id, at };
const eventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('message'),
    ...envelope,
    contact: contactSchema,
    message: z.unknown(),
    replyToProviderMessageId: id.optional().catch(undefined),
  }),
  z.object({ type: z.literal('edit'), ...envelope, contact: contactSchema, message: z.unknown() }),
  z.object({ type: z.literal('reaction'), ...envelope, contact: contactSchema, emoji: z.string().max(64).nullable() }),
  z.object({
    type: z.literal('status'),
    ...envelope,
    status: z.enum(['sent', 'delivered', 'read', 'failed']),
    error: z
      .object({ code: z.coerce.string().max(64), title: z.string().max(1000) })
      .optional()
      .catch({ code: 'unknown', title: 'failed' }),
  }),
]);

const unsupported = (providerType: unknown): InboundMessageBody => ({
  kind: 'unsupported',
  text: '',
  content: typeof providerType === 'string' ? { providerType: providerType.slice(0, 64) } : null,
});

/** An adapter's mapping of one message body; a payload whose fields break it arrives as unsupported. */
export function bodyOrUnsupported(build: () => InboundMessageBody, providerType: unknown): InboundMessageBody {
  try {
    return build();
  } catch {
    return unsupported(providerType);
  }
}

export type GuardedEvents = { events: InboundEvent[]; dropped: number; unsupported: number };

/** The events of one webhook as the port promises them: unusable ones dropped, malformed bodies made "unsupported". */
export function guardInbound(events: readonly unknown[]): GuardedEvents {
  const out: InboundEvent[] = [];
  let dropped = 0;
  let repaired = 0;
  for (const raw of events) {
    const parsed = eventSchema.safeParse(raw);
    if (!parsed.success) {
      dropped++;
      continue;
    }
    const event = parsed.data;
    if (event.type !== 'message' && event.type !== 'edit') {
      out.push(event as InboundEvent);
      continue;
    }
    const body = bodySchema.safeParse(event.message);
    if (!body.success) repaired++;
    out.push({
      ...event,
      message: body.success ? (body.data as InboundMessageBody) : unsupported((event.message as { kind?: unknown } | null)?.kind),
    } as InboundEvent);
  }
  return { events: out, dropped, unsupported: repaired };
}
