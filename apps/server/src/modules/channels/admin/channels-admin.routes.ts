import { channelBody, channelSchema, errorBodySchema, idParams, updateChannelBody } from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import { channelById, createChannelCommand, listChannels, rotateChannelSecretCommand, updateChannelCommand } from '../../queues/index.js';
import { toChannelView } from './channel-view.js';

// SPEC ORG-05: channels and which queue each feeds. A channel is deactivated, never deleted:
// its conversations keep pointing at it.
export async function channelsAdminRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['channels'];
  const admin = { role: 'admin' as const };
  // Secrets are answered masked: set or not, and their last 4 characters (SPEC CH-08).
  const reveal = (sealed: string) => platform.secrets.open(sealed);
  const view = (row: Parameters<typeof toChannelView>[0]) => toChannelView(row, platform.config.publicUrl, reveal);
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

  r.get(
    '/api/channels',
    { schema: { tags, summary: 'List channels and the queue each feeds', response: { 200: z.object({ items: z.array(channelSchema) }) } } },
    async (req) => {
      const p = principalOf(req);
      // The secret never leaves the server; even its last 4 characters are for administrators only
      // (agents list channels for their icons and capabilities).
      const rows = await platform.tenant.inTenant(p.organizationId, p.userId, (s) => listChannels(s));
      return { items: rows.map((row) => toChannelView(row, platform.config.publicUrl, p.role === 'admin' ? reveal : undefined)) };
    },
  );
  r.post(
    '/api/channels',
    { config: admin, schema: { tags, summary: 'Create a channel', body: channelBody, response: { 201: channelSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(view(await createChannelCommand(platform, principalOf(req), req.body))),
  );
  r.patch(
    '/api/channels/:id',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Rename, move to another queue, or (de)activate a channel',
        params: idParams,
        body: updateChannelBody,
        response: { 200: channelSchema, ...errors },
      },
    },
    async (req) => view(await updateChannelCommand(platform, principalOf(req), req.params.id, req.body)),
  );

  // CH-01 identity verification: the site's server signs with this secret. Admins only; rotating
  // it invalidates every signature made with the old one.
  const secretSchema = z.object({ secret: z.string() });
  r.get(
    '/api/channels/:id/secret',
    {
      config: admin,
      schema: {
        tags,
        summary: 'The channel secret (identity verification, signed webhooks)',
        params: idParams,
        response: { 200: secretSchema, ...errors },
      },
    },
    async (req) => {
      const p = principalOf(req);
      const row = await platform.tenant.inTenant(p.organizationId, p.userId, (s) => channelById(s, req.params.id));
      if (!row) throw new AppError('CHANNEL_NOT_FOUND');
      return { secret: row.secret };
    },
  );
  r.post(
    '/api/channels/:id/secret',
    { config: admin, schema: { tags, summary: 'Rotate the channel secret', params: idParams, response: { 200: secretSchema, ...errors } } },
    (req) => rotateChannelSecretCommand(platform, principalOf(req), req.params.id),
  );
}
