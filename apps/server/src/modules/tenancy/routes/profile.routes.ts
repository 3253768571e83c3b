import { directoryEntry, directoryQuery, errorBodySchema, idParams, meSchema } from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import { readUpload } from '../../../platform/http/uploads.js';
import { avatarsRepo } from '../avatars.repository.js';
import { setAvatarCommand } from '../commands/profile.command.js';
import { MAX_AVATAR_BYTES } from '../image-type.js';
import { toMe } from '../principal.js';
import { usersRepo } from '../users.repository.js';

export async function profileRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;

  r.put(
    '/api/auth/me/avatar',
    {
      schema: {
        tags: ['auth'],
        summary: 'Upload my photo (multipart field "file"; PNG, JPEG or WebP up to 1 MB)',
        consumes: ['multipart/form-data'],
        response: { 200: meSchema, 400: errorBodySchema },
      },
    },
    async (req) => {
      const p = principalOf(req);
      const { data } = await readUpload(req, { invalid: 'AVATAR_INVALID', tooLarge: 'AVATAR_TOO_LARGE' }, { fileSize: MAX_AVATAR_BYTES });
      const avatarUrl = await setAvatarCommand(platform, p, data);
      return toMe({ ...p, avatarUrl });
    },
  );

  r.delete('/api/auth/me/avatar', { schema: { tags: ['auth'], summary: 'Remove my photo', response: { 200: meSchema } } }, async (req) => {
    const p = principalOf(req);
    await setAvatarCommand(platform, p, null);
    return toMe({ ...p, avatarUrl: null });
  });

  r.get('/api/users/:id/avatar', { schema: { tags: ['users'], summary: 'A user’s photo', params: idParams } }, async (req, reply) => {
    const p = principalOf(req);
    const row = await platform.tenant.inTenant(p.organizationId, p.userId, (s) => avatarsRepo.get(s, req.params.id));
    const blob = row?.storageKey ? await platform.storage.get(row.storageKey) : undefined;
    if (!row || !blob) throw new AppError('NOT_FOUND');
    return reply
      .type(row.contentType)
      .header('content-length', blob.size)
      .header('cache-control', 'private, max-age=86400')
      .header('x-content-type-options', 'nosniff')
      .send(blob.stream);
  });

  r.get(
    '/api/directory',
    {
      schema: {
        tags: ['users'],
        summary: 'Contacts for the dialer: staff with their extension (WS-08)',
        querystring: directoryQuery,
        response: { 200: z.object({ items: z.array(directoryEntry) }) },
      },
    },
    async (req) => {
      const p = principalOf(req);
      const rows = await platform.tenant.inTenant(p.organizationId, p.userId, (s) => usersRepo.list(s, { search: req.query.search }));
      return {
        items: rows
          .slice(0, 50)
          .map((u) => ({ kind: 'user' as const, id: u.id, name: u.name, email: u.email, extension: u.extension, avatarUrl: u.avatarUrl })),
      };
    },
  );
}
