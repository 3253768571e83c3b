import { z } from 'zod';
import { messageSchema, signableIdentifiers } from './attendances.js';
import { rtcIceServersSchema } from './voice.js';

// SPEC CH-01: the web-chat widget's public API. The channel token names the channel; the visitor
// token (header `x-visitor-token`) is the visitor's only credential.
export const preChatFields = ['name', 'email', 'cpf', 'phone'] as const;
export type PreChatField = (typeof preChatFields)[number];

/** What a WebChat channel's pre-chat form asks and requires (admins set it on the channel). */
export const preChatSettings = z
  .object({ fields: z.array(z.enum(preChatFields)).max(4), required: z.array(z.enum(preChatFields)).max(4) })
  .refine((p) => p.required.every((f) => p.fields.includes(f)), { error: 'required_not_asked', path: ['required'] });
export type PreChatSettings = z.infer<typeof preChatSettings>;
/** A WebChat channel's form until its admin changes it: name and e-mail asked, the name required. */
export const defaultPreChat: PreChatSettings = { fields: ['name', 'email'], required: ['name'] };

export const widgetSessionBody = z.object({ visitorToken: z.string().min(20).max(100).optional(), locale: z.enum(['pt-BR', 'en']).optional() });

export const contactStateSchema = z.object({
  attendanceId: z.uuid(),
  status: z.enum(['waiting', 'assigned', 'in_progress', 'finished']),
  protocol: z.string().nullable(),
  queuePosition: z.number().int().nullable(),
  agentName: z.string().nullable(),
  surveyToken: z.string().nullable(),
  lastSeq: z.number().int(),
});

export const widgetProfile = z.object({
  name: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  document: z.string().optional(),
  /** True while at least one identifier is signed by the site; a later setUser without a valid hash clears it. */
  verified: z.boolean().optional(),
  /** Which identifiers the site signed: only these find or link a person. */
  signed: z.array(z.enum(signableIdentifiers)).optional(),
});

export const widgetSession = z.object({
  visitorToken: z.string(),
  channel: z.object({
    name: z.string(),
    preChat: z.object({ fields: z.array(z.enum(preChatFields)), required: z.array(z.enum(preChatFields)) }),
    /** VOX-06 (a): "Ligar" is offered when the channel allows voice calls; the ICE servers its peer uses. */
    voice: z.object({ iceServers: rtcIceServersSchema }).nullable().optional(),
  }),
  profile: widgetProfile,
  conversation: contactStateSchema.nullable(),
  messages: z.array(messageSchema),
});

/**
 * The reconnect catch-up (GET …/messages?afterSeq=): the messages missed and the conversation's
 * state, read together, so a widget that missed a state push (offered while its link was down,
 * or before it joined) still shows who serves the visitor. Issue item "waiting after the answer".
 */
export const widgetCatchUp = z.object({ items: z.array(messageSchema), conversation: contactStateSchema.nullable() });

export const widgetContactBody = z.object({
  name: z.string().trim().max(120).optional(),
  email: z.string().trim().max(254).optional(),
  cpf: z.string().trim().max(20).optional(),
  phone: z.string().trim().max(30).optional(),
});
const hmacHex = z.string().regex(/^[0-9a-f]{64}$/i);
/**
 * `Atende.setUser`: `hashes` signs each identifier on its own (HMAC-SHA256 hex with the channel's
 * secret of the e-mail lower-cased, the CPF's digits, the phone in E.164); the older single `hash`
 * signs the e-mail only.
 */
export const widgetIdentifyBody = widgetContactBody.extend({
  hash: hmacHex.optional(),
  hashes: z.object({ email: hmacHex.optional(), cpf: hmacHex.optional(), phone: hmacHex.optional() }).strict().optional(),
});
export const widgetMessageBody = z.object({ body: z.string().trim().min(1).max(4000), clientId: z.string().min(8).max(64).optional() });
