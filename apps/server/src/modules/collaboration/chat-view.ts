import type { ChatMember, ChatMessage, ChatSummary } from '@atende/shared';
import type { Scope } from '../../platform/db/tenant.js';
import { staffByIds } from '../tenancy/index.js';
import type { ChatMemberRow, ChatMessageRow, ChatRow } from './chats.repository.js';

// SPEC ALR-04: chats and messages as the console shows them, with names resolved as they read now.

export type People = Map<string, ChatMember>;

/** Names and avatars of everyone these rows name (members, authors, mentions). */
export async function peopleOf(s: Scope, ids: Iterable<string | null>): Promise<People> {
  const wanted = [...new Set([...ids].filter((x): x is string => Boolean(x)))];
  return new Map((await staffByIds(s, wanted)).map(({ id, name, avatarUrl }) => [id, { id, name, avatarUrl }]));
}

export const messageIdsOf = (rows: ChatMessageRow[]) => rows.flatMap((m) => [m.authorId, ...m.mentions]);

export const attachmentUrl = (chatId: string, messageId: string) => `/api/chats/${chatId}/attachments/${messageId}`;

export function toMessage(m: ChatMessageRow, people: People): ChatMessage {
  const author = m.authorId ? people.get(m.authorId) : undefined;
  return {
    id: m.id,
    chatId: m.chatId,
    seq: m.seq,
    kind: m.kind,
    author: m.authorId ? { id: m.authorId, name: author?.name ?? '' } : null,
    body: m.body,
    mentions: m.mentions.map((id) => ({ id, name: people.get(id)?.name ?? '' })),
    attachment: m.attachment
      ? { name: m.attachment.name, mime: m.attachment.mime, size: m.attachment.size, url: attachmentUrl(m.chatId, m.id) }
      : null,
    alert: m.alert ?? null,
    createdAt: m.createdAt.toISOString(),
    editedAt: m.editedAt?.toISOString() ?? null,
  };
}

export function toSummary(
  chat: ChatRow,
  me: ChatMemberRow,
  members: ChatMemberRow[],
  people: People,
  last: ChatMessageRow | undefined,
  unread: { count: number; mentioned: boolean } | undefined,
): ChatSummary {
  const list = members.map((m) => people.get(m.userId) ?? { id: m.userId, name: '', avatarUrl: null });
  const other = chat.kind === 'direct' ? list.find((m) => m.id !== me.userId) : undefined;
  return {
    id: chat.id,
    kind: chat.kind,
    name: chat.kind === 'direct' ? (other?.name ?? '') : (chat.name ?? ''),
    members: list.sort((a, b) => a.name.localeCompare(b.name)),
    unread: unread?.count ?? 0,
    mentioned: unread?.mentioned ?? false,
    lastMessage: last ? toMessage(last, people) : null,
    teamId: chat.teamId,
    myRole: me.role,
    lastReadSeq: me.lastReadSeq,
  };
}
