import type { Principal } from '../../platform/auth/index.js';
import type { Scope } from '../../platform/db/tenant.js';
import { AppError } from '../../platform/errors.js';
import { syncAlertTeam } from './alert-teams.js';
import { chatsRepo } from './chats.repository.js';

// SPEC ALR-04: only members reach a chat; to anyone else (another organization included, which
// RLS hides) it does not exist.
export async function memberChat(s: Scope, p: Principal, chatId: string) {
  const chat = await chatsRepo.byId(s, chatId);
  if (!chat) throw new AppError('CHAT_NOT_FOUND');
  await syncAlertTeam(s, chat);
  const member = await chatsRepo.member(s, chat.id, p.userId);
  if (!member) throw new AppError('CHAT_NOT_FOUND');
  return { chat, member };
}
