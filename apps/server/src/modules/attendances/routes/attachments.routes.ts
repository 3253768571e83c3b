import { attachmentSchema, errorBodySchema, idParams } from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../platform/auth/index.js';
import { readUpload } from '../../../platform/http/uploads.js';
import { assertCanAct, readableAttendance } from '../access.js';
import { attendancesRepo } from '../attendances.repository.js';
import { readAttachmentCommand } from '../commands/agent-actions.command.js';
import { storeAttachment } from '../contact-view.js';

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
      // Access first, and the upload is read outside any transaction.
      await platform.tenant.inTenant(p.organizationId, p.userId, check);
      const { filename, data } = await readUpload(req, { invalid: 'ATTACHMENT_INVALID', tooLarge: 'ATTACHMENT_TOO_LARGE' });
      return platform.tenant.inTenant(p.organizationId, p.userId, async (s) => storeAttachment(platform, s, (await check(s)).id, filename, data));
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
      return reply
        .type(file.contentType)
        .header('content-disposition', `inline; filename="${encodeURIComponent(file.fileName)}"`)
        .header('x-content-type-options', 'nosniff')
        .send(file.data);
    },
  );
}
