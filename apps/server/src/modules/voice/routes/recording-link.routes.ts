import { recordingParams } from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../../platform/errors.js';
import { signedLinkQuery } from '../../../platform/http/signed-links.js';
import { addAttendanceEvent } from '../../attendances/index.js';
import { recordingOfOrganization } from '../recordings/recordings.repository.js';
import { verifyRecordingLink } from '../recordings/signed-link.js';

/**
 * SPEC CRM-02: the signed download link of a recording (see signed-link.ts), opened from a CRM
 * record without an Atende session. A bad, tampered or expired link gets RECORDING_LINK_INVALID;
 * each download is written on the attendance's timeline (ATT-10).
 */
export async function recordingLinkRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  r.get(
    '/api/recordings/:id/link',
    {
      config: { public: true },
      schema: {
        tags: ['voice'],
        summary: 'Download a recording through a signed, expiring link (no session)',
        params: recordingParams,
        querystring: signedLinkQuery,
      },
    },
    async (req, reply) => {
      const { org, expires, signature } = req.query;
      if (!verifyRecordingLink(platform, { organizationId: org, recordingId: req.params.id, expires, signature })) {
        throw new AppError('RECORDING_LINK_INVALID');
      }
      const rec = await platform.tenant.inTenant(org, null, async (s) => {
        const found = await recordingOfOrganization(s, req.params.id);
        if (found?.attendanceId) await addAttendanceEvent(s, found.attendanceId, 'recording_downloaded', { recordingId: found.id, via: 'link' });
        return found;
      });
      const blob = rec?.storageKey ? await platform.storage.get(rec.storageKey) : null;
      if (!rec || !blob) throw new AppError('RECORDING_NOT_FOUND');
      return reply
        .type(rec.contentType ?? blob.contentType)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .header('content-disposition', `attachment; filename="gravacao-${rec.id}"`)
        .header('content-length', blob.size)
        .send(blob.stream);
    },
  );
}
