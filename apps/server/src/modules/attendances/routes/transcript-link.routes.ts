import { idParams } from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../../platform/errors.js';
import { signedLinkQuery } from '../../../platform/http/signed-links.js';
import { attendancesRepo } from '../attendances.repository.js';
import { transcriptText } from '../transcript.js';
import { verifyTranscriptLink } from '../transcript-link.js';

/**
 * SPEC CRM-02 for chats: the signed transcript link (see transcript-link.ts), opened from a CRM
 * Task without an Atende session. A bad, tampered or expired link gets TRANSCRIPT_LINK_INVALID;
 * each opening is written on the attendance's timeline (ATT-10), as recording downloads are.
 */
export async function transcriptLinkRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  r.get(
    '/api/attendances/:id/transcript-link',
    {
      config: { public: true, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['attendances'],
        summary: "An attendance's transcript (plain text) through a signed, expiring link (no session)",
        params: idParams,
        querystring: signedLinkQuery,
      },
    },
    async (req, reply) => {
      const { org, expires, signature } = req.query;
      if (!verifyTranscriptLink(platform, { organizationId: org, attendanceId: req.params.id, expires, signature })) {
        throw new AppError('TRANSCRIPT_LINK_INVALID');
      }
      const text = await platform.tenant.inTenant(org, null, async (s) => {
        const a = await attendancesRepo.byId(s, req.params.id);
        if (!a) return null;
        await attendancesRepo.addEvent(s, a.id, 'transcript_opened', { via: 'link' });
        return transcriptText(platform, s, a);
      });
      if (text === null) throw new AppError('ATT_NOT_FOUND');
      return reply
        .type('text/plain; charset=utf-8')
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(text);
    },
  );
}
