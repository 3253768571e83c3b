import { z } from 'zod';
import { deliverySchema, messageContentSchema, messageKinds, reactionSchema } from './channels.js';

// SPEC ATT-01…ATT-10: attendances as the agent's screen and the API see them.
export const attendanceStatuses = ['waiting', 'assigned', 'in_progress', 'finished'] as const;

/**
 * The identifiers a site can sign for a web-chat visitor (issue item "widget identity"): only a
 * signed one may find or link a person; the others are what the visitor typed.
 */
export const signableIdentifiers = ['email', 'document', 'phone'] as const;
export type SignableIdentifier = (typeof signableIdentifiers)[number];

export const contactSchema = z.object({
  name: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  document: z.string().optional(),
  /** Web chat: which of the fields above the site signed (HMAC); absent or missing ones were typed by the visitor. */
  signed: z.array(z.enum(signableIdentifiers)).optional(),
});

export const attendanceSummary = z.object({
  id: z.uuid(),
  code: z.number().int(),
  protocol: z.string().nullable(),
  status: z.enum(attendanceStatuses),
  channelId: z.uuid().nullable(),
  channelType: z.string(),
  queueId: z.uuid().nullable(),
  assigneeId: z.uuid().nullable(),
  personId: z.uuid().nullable(),
  /** The linked person's name (persons table), null when none: the console shows it before the contact's. */
  personName: z.string().nullable(),
  contact: contactSchema,
  lastSeq: z.number().int(),
  unread: z.number().int(),
  createdAt: z.string(),
  enqueuedAt: z.string(),
  assignedAt: z.string().nullable(),
  lastMessageAt: z.string().nullable(),
  /** The contact's last message: the 24-hour customer-service window counts from it (CH-02). */
  lastContactMessageAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  closingClassification: z.string().nullable(),
  closingComment: z.string().nullable(),
  rating: z.number().int().nullable(),
});
export type AttendanceSummary = z.infer<typeof attendanceSummary>;

export const attachmentSchema = z.object({ id: z.uuid(), fileName: z.string(), contentType: z.string(), size: z.number().int() });

export const messageSchema = z.object({
  id: z.uuid(),
  attendanceId: z.uuid(),
  seq: z.number().int(),
  authorKind: z.enum(['contact', 'agent', 'system']),
  authorId: z.uuid().nullable(),
  authorName: z.string().nullable(),
  internal: z.boolean(),
  body: z.string(),
  attachment: attachmentSchema.nullable(),
  clientId: z.string().nullable(),
  createdAt: z.string(),
  /** SPEC ATT-05, CH-02, CH-03: what arrived or was sent, beyond text. */
  kind: z.enum(messageKinds),
  content: messageContentSchema.nullable(),
  /** Agent messages to the contact: where the delivery stands; null for notes, system and contact messages. */
  delivery: deliverySchema.nullable(),
  reactions: z.array(reactionSchema),
  /** The contact edited it (Telegram); the body is the latest text. */
  editedAt: z.string().nullable(),
});
export type Message = z.infer<typeof messageSchema>;

export const attendanceEventSchema = z.object({
  id: z.number().int(),
  type: z.string(),
  actorId: z.uuid().nullable(),
  /** SPEC PLT-02: set when the actor acted through an API token ("<user> via token <name>"). */
  actorToken: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});

export const attendanceDetail = z.object({
  attendance: attendanceSummary,
  messages: z.array(messageSchema),
  events: z.array(attendanceEventSchema),
  queuePosition: z.number().int().nullable(),
});

export const sendMessageBody = z.object({
  body: z.string().trim().max(4000).default(''),
  internal: z.boolean().default(false),
  clientId: z.string().min(8).max(64).optional(),
  attachmentId: z.uuid().optional(),
});
export const messagesQuery = z.object({ afterSeq: z.coerce.number().int().min(0).default(0) });
export const transferBody = z
  .object({ toUserId: z.uuid().optional(), toQueueId: z.uuid().optional(), comment: z.string().trim().max(1000).default('') })
  .refine((b) => Boolean(b.toUserId) !== Boolean(b.toQueueId), { error: 'exactly_one', path: ['toUserId'] });
export const finalizeBody = z.object({ classification: z.string().trim().min(1).max(120), comment: z.string().trim().max(2000).default('') });
export const startAttendanceBody = z.object({ personId: z.uuid().nullable().default(null) });
export const linkPersonBody = z.object({ personId: z.uuid().nullable() });
export const listAttendancesQuery = z.object({
  view: z.enum(['active', 'history']).default('active'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

// SPEC ATT-08: the public survey page.
export const surveyView = z.object({
  organizationName: z.string(),
  protocol: z.string().nullable(),
  answered: z.boolean(),
  rating: z.number().int().nullable(),
});
export const surveyAnswerBody = z.object({ rating: z.number().int().min(1).max(5), comment: z.string().trim().max(2000).default('') });
