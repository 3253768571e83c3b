import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { startAlertCards } from './alert-cards.listener.js';
import { startAlertTeamMembers } from './alert-team-members.listener.js';
import { chatsRoutes } from './chats.routes.js';
import { messagesRoutes } from './messages.routes.js';

// SPEC ALR-02, ALR-04 "Conversas": staff chats, and each team's alert group receiving alert cards.
async function collaboration(app: FastifyInstance) {
  await app.register(chatsRoutes);
  await app.register(messagesRoutes);
  startAlertCards(app.platform);
  startAlertTeamMembers(app.platform);
}

export const collaborationPlugin = fp(collaboration, {
  name: 'atende-collaboration',
  dependencies: ['atende-tenancy', 'atende-attendances'],
  encapsulate: true,
});
