import type { AlertView } from '@atende/shared';
import type { Platform } from '../../platform/platform.js';
import { alertTeamChat } from './alert-teams.js';
import { pushChatChanged } from './chats.realtime.js';
import { chatsRepo } from './chats.repository.js';

// SPEC ALR-02: each alert appears as a card in its team's alert group, posted once however often
// 'alert.fired' is delivered (the card is unique per chat and alert), and kept current by
// 'alert.changed' (ALR-04: who assumed it, its state, the closing note).

async function postCard(platform: Platform, organizationId: string, alert: AlertView) {
  if (!alert.teamId) return;
  const teamId = alert.teamId;
  await platform.tenant.inTenant(organizationId, null, async (s) => {
    const chat = await alertTeamChat(s, teamId);
    if (!chat) return;
    if (await chatsRepo.messageByAlert(s, chat.id, alert.id)) return;
    const seq = await chatsRepo.nextSeq(s, chat.id);
    const row = await chatsRepo.insertMessage(s, chat.id, seq, { kind: 'alert', body: alert.levelText, alert, alertId: alert.id });
    await pushChatChanged(platform, s, { chatId: chat.id, kind: 'message', messageId: row.id });
  });
}

async function updateCards(platform: Platform, organizationId: string, alert: AlertView) {
  await platform.tenant
    .inTenant(organizationId, null, async (s) => {
      const cards = await chatsRepo.cardsOfAlert(s, alert.id);
      for (const card of cards) {
        await chatsRepo.updateCard(s, card.id, alert);
        await pushChatChanged(platform, s, { chatId: card.chatId, kind: 'message_updated', messageId: card.id });
      }
      // A change that reaches us before the card (or for an alert whose card was never posted) posts it.
      if (!cards.length) return 'missing' as const;
    })
    .then(async (missing) => {
      if (missing) await postCard(platform, organizationId, alert);
    });
}

export function startAlertCards(platform: Platform) {
  platform.events.on('alert.fired', 'collaboration.alert-card', (e) => postCard(platform, e.organizationId, e.payload.alert));
  platform.events.on('alert.changed', 'collaboration.alert-card-update', (e) => updateCards(platform, e.organizationId, e.payload.alert));
}
