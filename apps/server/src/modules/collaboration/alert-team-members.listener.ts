import type { Platform } from '../../platform/platform.js';
import { syncAlertTeam } from './alert-teams.js';
import { pushChatChanged } from './chats.realtime.js';
import { chatsRepo } from './chats.repository.js';

// SPEC ALR-04: when a team's members change, its alert group follows at once, and both who joined
// and who left are told, so the group appears or disappears in their consoles without a reload.
export function startAlertTeamMembers(platform: Platform) {
  platform.events.on('team.updated', 'collaboration.alert-team-members', (e) =>
    platform.tenant.inTenant(e.organizationId, null, async (s) => {
      const chat = await chatsRepo.alertTeamChat(s, e.payload.teamId);
      if (!chat) return;
      const before = (await chatsRepo.members(s, [chat.id])).map((m) => m.userId);
      await syncAlertTeam(s, chat);
      await pushChatChanged(platform, s, { chatId: chat.id, kind: 'chat' }, before);
    }),
  );
}
