import { adminVisibleEvents } from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { rooms } from '../../platform/realtime/realtime.js';
import { moveInlineBlobs } from '../../platform/storage/inline-blob-mover.js';
import { inlineAvatars } from './avatars.repository.js';
import { authenticatorFor } from './principal.js';
import { authRoutes } from './routes/auth.routes.js';
import { profileRoutes } from './routes/profile.routes.js';
import { teamsRoutes } from './routes/teams.routes.js';
import { usersRoutes } from './routes/users.routes.js';

async function tenancy(app: FastifyInstance) {
  const platform = app.platform;
  platform.auth.setAuthenticator(authenticatorFor(platform));
  // Migration 0014: photos still kept in the database move to blob storage before the app is ready.
  platform.afterMigrate(async () => {
    await moveInlineBlobs({ tenant: platform.tenant, storage: platform.storage, log: app.log }, inlineAvatars);
  });
  // Admin screens refresh when another admin changes users or teams.
  for (const type of adminVisibleEvents) {
    platform.events.on(type, 'tenancy.realtime', (event) => {
      platform.realtime.publish(rooms.role(event.organizationId, 'admin'), 'tenancy.changed', { type: event.type, ...event.payload });
    });
  }
  await app.register(authRoutes);
  await app.register(usersRoutes);
  await app.register(profileRoutes);
  await app.register(teamsRoutes);
}

// Encapsulated as before; the name and dependencies let the app order and check the modules.
export const tenancyPlugin = fp(tenancy, { name: 'atende-tenancy', dependencies: [], encapsulate: true });
