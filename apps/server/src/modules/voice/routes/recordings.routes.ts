import { errorBodySchema, recordingAudioQuery, recordingParams, recordingsPage, recordingsQuery, roleAtLeast } from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import { addAttendanceEvent } from '../../attendances/index.js';
import { parseRange, sliceStream } from '../recordings/byte-range.js';
import { recordingsPage as pageOf, recordingWithCall } from '../recordings/recordings.repository.js';

const extensions: Record<string, string> = {
  'audio/mpeg': 'mp3',
  'audio/ogg': 'ogg',
  'audio/opus': 'opus',
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/webm': 'webm',
};

/**
 * SPEC VOX-04, ALR-05 "Gravações". Supervisors and admins see and play every recording; agents
 * those of the calls they took. Downloading is for supervisors and admins only (the "authorised
 * roles"). Every play (a full GET or a range from byte 0) and every download is written on the
 * attendance's timeline with who did it (ATT-10).
 */
export async function recordingsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['voice'];

  r.get(
    '/api/recordings',
    {
      schema: {
        tags,
        summary: 'Call recordings ("Gravações"), newest first',
        querystring: recordingsQuery,
        response: { 200: recordingsPage, 400: errorBodySchema },
      },
    },
    async (req) => {
      const p = principalOf(req);
      return platform.tenant.asUser(p, (s) => pageOf(s, req.query, roleAtLeast(p.role, 'supervisor') ? null : p.userId));
    },
  );

  r.get(
    '/api/recordings/:id/audio',
    {
      schema: {
        tags,
        summary: 'A recording’s audio, with HTTP Range support; ?download=1 for supervisors and admins',
        params: recordingParams,
        querystring: recordingAudioQuery,
      },
    },
    async (req, reply) => {
      const p = principalOf(req);
      const download = req.query.download === '1';
      if (download && !roleAtLeast(p.role, 'supervisor')) throw new AppError('AUTH_FORBIDDEN');
      const rangeHeader = typeof req.headers.range === 'string' ? req.headers.range : undefined;
      const opened = await platform.tenant.asUser(p, async (s) => {
        const found = await recordingWithCall(s, req.params.id);
        if (!found || !found.recording.storageKey || (!roleAtLeast(p.role, 'supervisor') && found.agentId !== p.userId)) {
          throw new AppError('RECORDING_NOT_FOUND');
        }
        const rec = found.recording;
        const size = rec.size ?? 0;
        const range = parseRange(rangeHeader, size);
        if (range === 'invalid') return { rec, size, range };
        // A player fetches many ranges while seeking: only the start of a listening counts as a play.
        const audited = download ? 'recording_downloaded' : !range || range.start === 0 ? 'recording_played' : null;
        if (audited && rec.attendanceId) await addAttendanceEvent(s, rec.attendanceId, audited, { recordingId: rec.id });
        return { rec, size, range };
      });
      const { rec, size, range } = opened;
      if (range === 'invalid') {
        reply.header('content-range', `bytes */${size}`);
        throw new AppError('RECORDING_RANGE_INVALID');
      }
      const blob = await platform.storage.get(rec.storageKey!);
      if (!blob) throw new AppError('RECORDING_NOT_FOUND');
      const type = rec.contentType ?? blob.contentType;
      reply
        .type(type)
        .header('accept-ranges', 'bytes')
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .header('content-disposition', `${download ? 'attachment' : 'inline'}; filename="gravacao-${rec.id}.${extensions[type] ?? 'bin'}"`);
      if (!range) return reply.header('content-length', blob.size).send(blob.stream);
      return reply
        .status(206)
        .header('content-range', `bytes ${range.start}-${range.end}/${blob.size}`)
        .header('content-length', range.end - range.start + 1)
        .send(sliceStream(blob.stream, range));
    },
  );
}
