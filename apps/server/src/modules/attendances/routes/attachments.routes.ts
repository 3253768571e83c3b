import { attachmentSchema, errorBodySchema, idParams } from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../platform/auth/index.js';
import { assertCanAct, readableAttendance } from '../access.js';
import { attendancesRepo } from '../attendances.repository.js';
import { readAttachmentCommand } from '../commands/agent-actions.command.js';
import { discardUpload, receiveAttachment, recordAttachment } from '../contact-view.js';
import { sendAttachment } from './attachment-reply.js';

// SPEC ATT-05: the agent's attachments (upload, then send a message with its id) and downloads.
export async function attachmentsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['attendances'];
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };

  r.post(
    '/api/attendances/:id/attachments',
    {
      schema: {
        tags,
        summary: 'Upload an image or PDF (multipart field "file", up to 10 MB)',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 200: attachmentSchema, ...errors },
      },
    },
    async (req) => {
      const p = principalOf(req);
      const check = (s: Parameters<Parameters<typeof platform.tenant.inTenant>[2]>[0]) =>
        attendancesRepo.byId(s, req.params.id).then(async (found) => {
          const a = await readableAttendance(s, p, found);
          assertCanAct(p, a);
          return a;
        });
      // Access first, and the upload streams into storage outside any transaction.
      await platform.tenant.asUser(p, check);
      const upload = await receiveAttachment(platform, p.organizationId, req);
      try {
        return await platform.tenant.asUser(p, async (s) => recordAttachment(platform, s, (await check(s)).id, upload));
      } catch (error) {
        await discardUpload(platform, upload);
        throw error;
      }
    },
  );
  r.get(
    '/api/attendances/:id/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: 'Download an attachment (download=1 records the download on the timeline)',
        params: idParams.extend({ attachmentId: z.uuid() }),
        querystring: z.object({ download: z.literal('1').optional() }),
      },
    },
    async (req, reply) => {
      const file = await readAttachmentCommand(platform, principalOf(req), req.params.id, req.params.attachmentId, req.query.download === '1');
      return sendAttachment(platform, reply, file);
    },
  );
}
