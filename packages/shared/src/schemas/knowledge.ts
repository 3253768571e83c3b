import { z } from 'zod';
import { nameText, patchBody } from './common.js';

// SPEC KB-01…KB-03, ATT-07, ATT-11: the knowledge tree, information given, requests and scripts.

export const knowledgeItemKinds = ['information', 'request_type'] as const;
export type KnowledgeItemKind = (typeof knowledgeItemKinds)[number];
/** "aberta", "em andamento", "respondida", "encerrada". */
export const requestStatuses = ['open', 'in_progress', 'answered', 'closed'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

export const knowledgeCategorySchema = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  name: z.string(),
  position: z.number().int(),
  active: z.boolean(),
});
export type KnowledgeCategory = z.infer<typeof knowledgeCategorySchema>;

export const knowledgeCategoryBody = z.object({
  parentId: z.uuid().nullable().default(null),
  name: nameText(120),
  position: z.number().int().min(0).max(10_000).default(0),
  active: z.boolean().default(true),
});
export const updateKnowledgeCategoryBody = patchBody(knowledgeCategoryBody);

export const knowledgeItemSchema = z.object({
  id: z.uuid(),
  categoryId: z.uuid(),
  kind: z.enum(knowledgeItemKinds),
  title: z.string(),
  solutionHtml: z.string(),
  keywords: z.string(),
  guidance: z.string(),
  identified: z.boolean(),
  attachmentsAllowed: z.boolean(),
  slaDays: z.number().int(),
  /** SPEC KB-01: set = the due time follows this SLA policy; null = `slaDays` calendar days. */
  slaPolicyId: z.uuid().nullable(),
  teamId: z.uuid().nullable(),
  active: z.boolean(),
});
export type KnowledgeItem = z.infer<typeof knowledgeItemSchema>;

export const knowledgeItemBody = z.object({
  categoryId: z.uuid(),
  kind: z.enum(knowledgeItemKinds),
  title: nameText(200),
  /** Rich text; the server keeps only an allow-list of tags and attributes. */
  solutionHtml: z.string().max(50_000).default(''),
  keywords: z.string().trim().max(500).default(''),
  guidance: z.string().trim().max(5_000).default(''),
  identified: z.boolean().default(false),
  attachmentsAllowed: z.boolean().default(true),
  slaDays: z.number().int().min(1).max(365).default(7),
  slaPolicyId: z.uuid().nullable().default(null),
  teamId: z.uuid().nullable().default(null),
  active: z.boolean().default(true),
});
export const updateKnowledgeItemBody = patchBody(knowledgeItemBody).omit({ kind: true });

export const knowledgeTreeResponse = z.object({ categories: z.array(knowledgeCategorySchema), items: z.array(knowledgeItemSchema) });
export type KnowledgeTree = z.infer<typeof knowledgeTreeResponse>;
export const knowledgeTreeQuery = z.object({ q: z.string().trim().max(200).optional() });

export const attendanceInformationSchema = z.object({
  id: z.uuid(),
  itemId: z.uuid().nullable(),
  title: z.string(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type AttendanceInformation = z.infer<typeof attendanceInformationSchema>;
export const registerInformationBody = z.object({ itemId: z.uuid() });

export const requestSchema = z.object({
  id: z.uuid(),
  protocol: z.string(),
  requestTypeId: z.uuid().nullable(),
  title: z.string(),
  attendanceId: z.uuid().nullable(),
  personId: z.uuid().nullable(),
  personName: z.string().nullable(),
  description: z.string(),
  status: z.enum(requestStatuses),
  teamId: z.uuid().nullable(),
  assigneeId: z.uuid().nullable(),
  dueAt: z.string(),
  /** "Atrasada": still open or in progress after its due time (SPEC KB-01). */
  late: z.boolean(),
  attachmentIds: z.array(z.uuid()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ServiceRequest = z.infer<typeof requestSchema>;

export const registerRequestBody = z.object({
  requestTypeId: z.uuid(),
  description: z.string().trim().min(1).max(10_000),
  /** Uploads of this attendance (POST /api/attendances/:id/attachments) joined to the request. */
  attachmentIds: z.array(z.uuid()).max(10).default([]),
});

export const updateRequestBody = z.object({
  status: z.enum(requestStatuses).optional(),
  assigneeId: z.uuid().nullable().optional(),
  teamId: z.uuid().nullable().optional(),
});

export const listRequestsQuery = z.object({
  status: z.enum(requestStatuses).optional(),
  teamId: z.uuid().optional(),
  personId: z.uuid().optional(),
  q: z.string().trim().max(100).optional(),
  /** Only the late ones ("Atrasada"), or only those on time. */
  late: z.enum(['true', 'false']).optional(),
});

export const requestCommentSchema = z.object({
  id: z.uuid(),
  body: z.string(),
  authorName: z.string().nullable(),
  /**
   * SPEC KB-03: 'email' when the comment was sent to the customer as a reply (to `deliveredTo`, an
   * address); 'channel' when it went through the attendance's channel (`deliveredTo`, the channel type).
   */
  deliveredVia: z.enum(['email', 'channel']).nullable(),
  deliveredTo: z.string().nullable(),
  createdAt: z.string(),
});
export const requestCommentBody = z.object({
  body: z.string().trim().min(1).max(5_000),
  /**
   * 'comment': internal; 'email': also sent to the person's e-mail as a reply; 'channel': also sent to the
   * customer through the channel of the attendance the request was registered in.
   */
  via: z.enum(['comment', 'email', 'channel']).default('comment'),
});
export const requestDetailSchema = requestSchema.extend({
  comments: z.array(requestCommentSchema),
  /** Whether "E-mail" can be chosen for a reply: the person has an e-mail and SMTP is set. */
  emailReply: z.object({ available: z.boolean(), to: z.string().nullable() }),
  /**
   * Whether "Canal do atendimento" can be chosen: the request's attendance came through a channel that
   * delivers to the customer (`channelType`) and its reply window is open; else why not.
   */
  channelReply: z.object({
    available: z.boolean(),
    channelType: z.string().nullable(),
    reason: z.enum(['no_attendance', 'channel_not_deliverable', 'window_closed']).nullable(),
  }),
});

/** ATT-07: what "Finalizar" lists besides the messages. */
export const attendanceKnowledgeResponse = z.object({
  informations: z.array(attendanceInformationSchema),
  requests: z.array(requestSchema),
});
export type AttendanceKnowledge = z.infer<typeof attendanceKnowledgeResponse>;

export const attendanceScriptSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  body: z.string(),
  companyIds: z.array(z.uuid()),
  active: z.boolean(),
});
export type AttendanceScript = z.infer<typeof attendanceScriptSchema>;
export const attendanceScriptBody = z.object({
  title: nameText(200),
  body: z.string().trim().min(1).max(20_000),
  companyIds: z.array(z.uuid()).max(100).default([]),
  active: z.boolean().default(true),
});
export const updateAttendanceScriptBody = patchBody(attendanceScriptBody);
/** ATT-11: a script with its placeholders filled for one attendance. */
export const filledScriptSchema = z.object({ id: z.uuid(), title: z.string(), text: z.string() });

/**
 * ATT-11: `{nome_cliente}`, `{protocolo}`, `{nome_agente}` replaced; an unknown placeholder stays as
 * written so the agent sees it, a known one without a value becomes empty.
 */
export function fillScript(body: string, values: { nome_cliente?: string | null; protocolo?: string | null; nome_agente?: string | null }): string {
  return body.replace(/\{(nome_cliente|protocolo|nome_agente)\}/g, (_, key: keyof typeof values) => values[key] ?? '');
}
