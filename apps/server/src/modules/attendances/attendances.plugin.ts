import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../platform/errors.js';
import { moveInlineBlobs } from '../../platform/storage/inline-blob-mover.js';
import { inlineAttachments } from './attachments.repository.js';
import { registerAttendanceRealtime } from './attendances.realtime.js';
import { attendancesRepo } from './attendances.repository.js';
import { attachmentsRoutes } from './routes/attachments.routes.js';
import { attendancesRoutes } from './routes/attendances.routes.js';
import { surveyRoutes } from './routes/survey.routes.js';
import { transcriptLinkRoutes } from './routes/transcript-link.routes.js';

async function attendances(app: FastifyInstance) {
  const platform = app.platform;
  // SPEC WS-02: "Você não pode fazer logout enquanto houver atendimentos em andamento."
  platform.auth.beforeLogout(async (p) => {
    const n = await platform.tenant.inTenant(p.organizationId, p.userId, (s) => attendancesRepo.countInProgress(s, p.userId));
    if (n > 0) throw new AppError('PRESENCE_LOGOUT_BLOCKED');
  }, 'check');
  registerAttendanceRealtime(platform);
  // Migration 0014: files still kept in the database move to blob storage before the app is ready.
  platform.afterMigrate(async () => {
    await moveInlineBlobs({ tenant: platform.tenant, storage: platform.storage, log: app.log }, inlineAttachments);
  });
  await app.register(attendancesRoutes);
  await app.register(surveyRoutes);
  await app.register(attachmentsRoutes);
  await app.register(transcriptLinkRoutes);
}

// Encapsulated as before; the name and dependencies let the app order and check the modules.
export const attendancesPlugin = fp(attendances, { name: 'atende-attendances', dependencies: ['atende-tenancy'], encapsulate: true });
