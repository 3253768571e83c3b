import { z } from 'zod';
import { alertViewSchema } from './alerts.js';

// SPEC ALR-04 "Conversas": staff group chats, one-to-one chats and each team's alert group, where
// alerts arrive as cards (ALR-02). The collaboration module owns them.

export const chatKinds = ['group', 'direct', 'alert_team'] as const;
export type ChatKind = (typeof chatKinds)[number];

export const chatMessageKinds = ['text', 'alert', 'system'] as const;
export type ChatMessageKind = (typeof chatMessageKinds)[number];

export const chatMemberSchema = z.object({ id: z.string().uuid(), name: z.string(), avatarUrl: z.string().nullable() });
export type ChatMember = z.infer<typeof chatMemberSchema>;

export const chatAttachmentSchema = z.object({ name: z.string(), mime: z.string(), size: z.number().int(), url: z.string() });
export type ChatAttachment = z.infer<typeof chatAttachmentSchema>;

export const chatMessageSchema = z.object({
  id: z.string().uuid(),
  chatId: z.string().uuid(),
  seq: z.number().int(),
  kind: z.enum(chatMessageKinds),
  author: z.object({ id: z.string().uuid(), name: z.string() }).nullable(),
  body: z.string(),
  /** The mentioned members, with their names as they read now. */
  mentions: z.array(z.object({ id: z.string().uuid(), name: z.string() })),
  attachment: chatAttachmentSchema.nullable(),
  /** The alert's card (ALR-02), kept current as the alert changes. */
  alert: alertViewSchema.nullable(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

export const chatSummarySchema = z.object({
  id: z.string().uuid(),
  kind: z.enum(chatKinds),
  /** For a direct chat, the other person's name. */
  name: z.string(),
  members: z.array(chatMemberSchema),
  unread: z.number().int(),
  /** Unread messages that mention the reader. */
  mentioned: z.boolean(),
  lastMessage: chatMessageSchema.nullable(),
  teamId: z.string().uuid().nullable(),
  /** The reader's role: an owner may rename and remove members. */
  myRole: z.enum(['owner', 'member']),
  lastReadSeq: z.number().int(),
});
export type ChatSummary = z.infer<typeof chatSummarySchema>;

export const chatListSchema = z.object({ chats: z.array(chatSummarySchema) });
export const chatUnreadSchema = z.object({ total: z.number().int() });

const chatName = z.string().trim().min(1).max(120);

export const createChatBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('group'), name: chatName, memberIds: z.array(z.string().uuid()).max(500) }),
  z.object({ kind: z.literal('direct'), userId: z.string().uuid() }),
]);
export type CreateChatBody = z.infer<typeof createChatBody>;

export const renameChatBody = z.object({ name: chatName });
export const addChatMembersBody = z.object({ userIds: z.array(z.string().uuid()).min(1).max(500) });

export const postChatMessageBody = z.object({
  body: z.string().trim().min(1).max(10_000),
  mentions: z.array(z.string().uuid()).max(100).optional(),
});
export type PostChatMessageBody = z.infer<typeof postChatMessageBody>;

export const chatMessagesQuery = z.object({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const chatMessagesSchema = z.object({ messages: z.array(chatMessageSchema) });

export const readChatBody = z.object({ seq: z.number().int().min(0) });

/** The name of a team's alert group (ALR-02). */
export const alertTeamChatName = (teamName: string) => `Alertas — ${teamName}`;
