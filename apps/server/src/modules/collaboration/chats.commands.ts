import type { ChatSummary, CreateChatBody } from '@atende/shared';
import type { Principal } from '../../platform/auth/index.js';
import type { Scope } from '../../platform/db/tenant.js';
import { AppError } from '../../platform/errors.js';
import type { Platform } from '../../platform/platform.js';
import { rooms } from '../../platform/realtime/realtime.js';
import { listStaff } from '../tenancy/index.js';
import { syncAlertTeams } from './alert-teams.js';
import { memberChat } from './chat-access.js';
import { messageIdsOf, peopleOf, toSummary } from './chat-view.js';
import { pushChatChanged } from './chats.realtime.js';
import { chatsRepo } from './chats.repository.js';

// SPEC ALR-04 "Conversas": the reader's chats, newest activity first, and their changes.

async function summaries(s: Scope, p: Principal, only?: string): Promise<ChatSummary[]> {
  await syncAlertTeams(s);
  const mine = (await chatsRepo.forUser(s, p.userId)).filter((r) => !only || r.chat.id === only);
  const ids = mine.map((r) => r.chat.id);
  const [members, lasts, unread] = [await chatsRepo.members(s, ids), await chatsRepo.lastMessages(s, ids), await chatsRepo.unread(s, p.userId)];
  const people = await peopleOf(s, [...members.map((m) => m.userId), ...messageIdsOf(lasts)]);
  return mine.map(({ chat, member }) =>
    toSummary(
      chat,
      member,
      members.filter((m) => m.chatId === chat.id),
      people,
      lasts.find((m) => m.chatId === chat.id),
      unread.find((u) => u.chatId === chat.id),
    ),
  );
}

export const listChatsQuery = (platform: Platform, p: Principal) => platform.tenant.asUser(p, async (s) => ({ chats: await summaries(s, p) }));

/** The side menu's badge: unread messages over all the reader's chats. */
export const unreadTotalQuery = (platform: Platform, p: Principal) =>
  platform.tenant.asUser(p, async (s) => {
    await syncAlertTeams(s);
    return { total: (await chatsRepo.unread(s, p.userId)).reduce((n, u) => n + u.count, 0) };
  });

async function summary(s: Scope, p: Principal, chatId: string) {
  const [found] = await summaries(s, p, chatId);
  if (!found) throw new AppError('CHAT_NOT_FOUND');
  return found;
}

/** Only active staff of the organization may be added (RLS hides the others). */
async function assertStaff(s: Scope, ids: string[]) {
  const staff = new Set((await listStaff(s)).map((u) => u.id));
  if (ids.some((id) => !staff.has(id))) throw new AppError('CHAT_MEMBER_INVALID');
}

export function createChatCommand(platform: Platform, p: Principal, body: CreateChatBody) {
  return platform.tenant.asUser(p, async (s) => {
    if (body.kind === 'group') {
      const others = [...new Set(body.memberIds)].filter((id) => id !== p.userId);
      await assertStaff(s, others);
      const chat = (await chatsRepo.insert(s, { kind: 'group', name: body.name, createdBy: p.userId }))!;
      await chatsRepo.addMembers(s, chat.id, [p.userId], 'owner');
      await chatsRepo.addMembers(s, chat.id, others);
      await pushChatChanged(platform, s, { chatId: chat.id, kind: 'chat' });
      return { created: true, chat: await summary(s, p, chat.id) };
    }
    // A direct chat is one per pair: asking again returns the same chat.
    if (body.userId === p.userId) throw new AppError('CHAT_DIRECT_SELF');
    await assertStaff(s, [body.userId]);
    const directKey = [p.userId, body.userId].sort().join(':');
    const existing = await chatsRepo.byDirectKey(s, directKey);
    if (existing) return { created: false, chat: await summary(s, p, existing.id) };
    const chat =
      (await chatsRepo.insert(s, { kind: 'direct', name: null, directKey, createdBy: p.userId })) ?? (await chatsRepo.byDirectKey(s, directKey))!;
    await chatsRepo.addMembers(s, chat.id, [p.userId, body.userId]);
    await pushChatChanged(platform, s, { chatId: chat.id, kind: 'chat' });
    return { created: true, chat: await summary(s, p, chat.id) };
  });
}

/** Groups only: direct chats and alert groups are shaped by their people and team. */
async function ownGroup(s: Scope, p: Principal, chatId: string, ownerOnly: boolean) {
  const { chat, member } = await memberChat(s, p, chatId);
  if (chat.kind !== 'group' || (ownerOnly && member.role !== 'owner')) throw new AppError('CHAT_FORBIDDEN');
  return chat;
}

export function renameChatCommand(platform: Platform, p: Principal, chatId: string, name: string) {
  return platform.tenant.asUser(p, async (s) => {
    await ownGroup(s, p, chatId, true);
    await chatsRepo.rename(s, chatId, name);
    await pushChatChanged(platform, s, { chatId, kind: 'chat' });
    return summary(s, p, chatId);
  });
}

export function addMembersCommand(platform: Platform, p: Principal, chatId: string, userIds: string[]) {
  return platform.tenant.asUser(p, async (s) => {
    const chat = await ownGroup(s, p, chatId, false);
    const ids = [...new Set(userIds)];
    await assertStaff(s, ids);
    // Who joins starts reading from here on.
    await chatsRepo.addMembers(s, chatId, ids, 'member', chat.lastSeq);
    await pushChatChanged(platform, s, { chatId, kind: 'chat' });
    return summary(s, p, chatId);
  });
}

/** The owner removes anyone; anyone may leave. */
export function removeMemberCommand(platform: Platform, p: Principal, chatId: string, userId: string) {
  return platform.tenant.asUser(p, async (s) => {
    await ownGroup(s, p, chatId, userId !== p.userId);
    if (!(await chatsRepo.removeMember(s, chatId, userId))) throw new AppError('CHAT_MEMBER_INVALID');
    await pushChatChanged(platform, s, { chatId, kind: 'chat' }, [userId]);
  });
}

/** Moves the reader's mark forward only (ALR-04: the badge counts what is past it). */
export function readChatCommand(platform: Platform, p: Principal, chatId: string, seq: number) {
  return platform.tenant.asUser(p, async (s) => {
    await memberChat(s, p, chatId);
    await chatsRepo.markRead(s, chatId, p.userId, seq);
    const org = s.organizationId;
    s.onCommit(() => platform.realtime.publish(rooms.user(org, p.userId), 'chat.changed', { chatId, kind: 'read' }));
    return { total: (await chatsRepo.unread(s, p.userId)).reduce((n, u) => n + u.count, 0) };
  });
}
