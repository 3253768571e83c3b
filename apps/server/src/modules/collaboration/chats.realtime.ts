import type { ConsolePushes } from '@atende/shared';
import type { Scope } from '../../platform/db/tenant.js';
import type { Platform } from '../../platform/platform.js';
import { rooms } from '../../platform/realtime/realtime.js';
import { chatsRepo } from './chats.repository.js';

type ChatChange = ConsolePushes['chat.changed'];

/** ALR-04: tells every member's console (after commit) that the chat changed; `extra` reaches who just left. */
export async function pushChatChanged(platform: Platform, s: Scope, change: ChatChange, extra: string[] = []) {
  const members = (await chatsRepo.members(s, [change.chatId])).map((m) => m.userId);
  const org = s.organizationId;
  s.onCommit(() => {
    for (const userId of new Set([...members, ...extra])) platform.realtime.publish(rooms.user(org, userId), 'chat.changed', change);
  });
}
