import type { PostChatMessageBody } from '@atende/shared';
import type { FastifyRequest } from 'fastify';
import type { Principal } from '../../platform/auth/index.js';
import type { Scope } from '../../platform/db/tenant.js';
import { AppError } from '../../platform/errors.js';
import { streamUpload, type StoredUpload } from '../../platform/http/uploads.js';
import type { Platform } from '../../platform/platform.js';
import { newBlobKey } from '../../platform/storage/storage.js';
import { detectAttachmentType, MAX_ATTACHMENT_BYTES } from '../attendances/index.js';
import { memberChat } from './chat-access.js';
import { messageIdsOf, peopleOf, toMessage } from './chat-view.js';
import { pushChatChanged } from './chats.realtime.js';
import { chatsRepo, type ChatMessageRow } from './chats.repository.js';

// SPEC ALR-04: a chat's messages, read by page and posted by members, with mentions and one attachment.

async function rendered(s: Scope, rows: ChatMessageRow[]) {
  const people = await peopleOf(s, messageIdsOf(rows));
  return rows.map((m) => toMessage(m, people));
}

export function listMessagesQuery(platform: Platform, p: Principal, chatId: string, q: { before?: number; limit: number }) {
  return platform.tenant.asUser(p, async (s) => {
    await memberChat(s, p, chatId);
    return { messages: await rendered(s, await chatsRepo.page(s, chatId, q.before, q.limit)) };
  });
}

/** Mentioned ids must be members: `@Nome` is picked from the chat's people. */
async function checkedMentions(s: Scope, chatId: string, ids: string[] | undefined) {
  const unique = [...new Set(ids ?? [])];
  if (!unique.length) return unique;
  const members = new Set((await chatsRepo.members(s, [chatId])).map((m) => m.userId));
  if (unique.some((id) => !members.has(id))) throw new AppError('CHAT_MENTION_NOT_MEMBER');
  return unique;
}

async function post(platform: Platform, s: Scope, p: Principal, chatId: string, values: Omit<Parameters<typeof chatsRepo.insertMessage>[3], 'kind'>) {
  const seq = await chatsRepo.nextSeq(s, chatId);
  const row = await chatsRepo.insertMessage(s, chatId, seq, { ...values, kind: 'text', authorId: p.userId });
  // The author has read what they wrote.
  await chatsRepo.markRead(s, chatId, p.userId, seq);
  await pushChatChanged(platform, s, { chatId, kind: 'message', messageId: row.id });
  return (await rendered(s, [row]))[0]!;
}

export function postMessageCommand(platform: Platform, p: Principal, chatId: string, body: PostChatMessageBody) {
  return platform.tenant.asUser(p, async (s) => {
    await memberChat(s, p, chatId);
    const mentions = await checkedMentions(s, chatId, body.mentions);
    return post(platform, s, p, chatId, { body: body.body, mentions });
  });
}

const safeFileName = (name: string) => name.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 120) || 'arquivo';

/**
 * One file (multipart field "file", images and PDF up to 10 MB as in attendances) as a message.
 * Membership is checked before the upload streams into storage, outside any transaction, and again
 * when the message is written; a failure in between removes the stored file.
 */
export async function postAttachmentCommand(platform: Platform, p: Principal, chatId: string, req: FastifyRequest) {
  await platform.tenant.asUser(p, (s) => memberChat(s, p, chatId));
  const upload: StoredUpload = await streamUpload(req, platform.storage, {
    key: newBlobKey(p.organizationId, 'attachments'),
    codes: { invalid: 'ATTACHMENT_INVALID', tooLarge: 'ATTACHMENT_TOO_LARGE' },
    maxBytes: MAX_ATTACHMENT_BYTES,
    detect: detectAttachmentType,
  });
  try {
    return await platform.tenant.asUser(p, async (s) => {
      await memberChat(s, p, chatId);
      s.onRollback(() => platform.storage.delete(upload.key));
      const attachment = { key: upload.key, name: safeFileName(upload.filename), mime: upload.contentType, size: upload.size };
      return post(platform, s, p, chatId, { body: '', attachment });
    });
  } catch (error) {
    await platform.storage.delete(upload.key).catch(() => undefined);
    throw error;
  }
}

/** A message's file, to members only. */
export async function openAttachmentQuery(platform: Platform, p: Principal, chatId: string, messageId: string) {
  const file = await platform.tenant.asUser(p, async (s) => {
    await memberChat(s, p, chatId);
    return (await chatsRepo.message(s, chatId, messageId))?.attachment ?? null;
  });
  const blob = file ? await platform.storage.get(file.key) : undefined;
  if (!file || !blob) throw new AppError('ATTACHMENT_NOT_FOUND');
  return { file, blob };
}
