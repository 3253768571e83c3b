import { channelTypes, errorBodySchema, type ChannelType } from '@atende/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../platform/errors.js';
import { channelsOfType } from '../../queues/index.js';
import { adapterChannel } from '../adapters/adapter-channel.js';
import type { ChannelAdapter, WebhookRequest } from '../adapters/port.js';
import { guardInbound } from '../adapters/inbound-guard.js';
import { adapterFor } from '../adapters/registry.js';
import { createChannelLookup } from './channel-lookup.js';
import type { InboundWorker } from './inbound-worker.js';
import { createIngestBatcher } from './ingest-batcher.js';

// SPEC CH-02, CH-03, ARCHITECTURE §3 inbound: verify the signature over the raw body → store each
// event once (channel + provider event id) and apply it → answer 200 once committed. A request that
// no channel's secret verifies stores nothing and gets 401. Concurrent requests' events are stored
// and applied together (ingest-batcher.ts): each request is answered only once its own events committed.

const typeParams = z.object({ type: z.enum(channelTypes) });
const tokenParams = typeParams.extend({ channelToken: z.string().min(8).max(200) });

function webhookAdapter(type: ChannelType): ChannelAdapter {
  const adapter = adapterFor(type);
  if (!adapter?.capabilities.webhook) throw new AppError('CHANNEL_NOT_FOUND');
  return adapter;
}

const asRequest = (req: FastifyRequest, channelToken?: string): WebhookRequest => ({
  rawBody: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
  headers: req.headers,
  query: req.query as Record<string, string | undefined>,
  channelToken,
});

export async function webhookRoutes(app: FastifyInstance, opts: { worker: InboundWorker }) {
  const platform = app.platform;
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Signatures are over the exact bytes the provider sent: keep them, parse nothing here.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: 2 * 1024 * 1024 }, (_req, body, done) => done(null, body));

  const candidates = createChannelLookup(platform);
  const ingest = createIngestBatcher(platform, opts.worker, app.log);

  async function receive(type: ChannelType, req: WebhookRequest) {
    const adapter = webhookAdapter(type);
    const channels = await candidates(adapter, req);
    if (!channels.length) throw new AppError('CHANNEL_NOT_FOUND');
    const verified = channels.filter((c) => adapter.verify(req, c.channel));
    if (!verified.length) throw new AppError('WEBHOOK_SIGNATURE_INVALID');
    for (const { row, channel } of verified) {
      const { events, dropped, unsupported } = guardInbound(adapter.parse(req, channel));
      if (dropped || unsupported) app.log.warn({ channelId: row.id, dropped, unsupported }, 'webhook events with fields of unexpected types');
      // Committed before the answer: the provider may stop re-delivering.
      await ingest.ingest(row.organizationId, row, events);
    }
  }

  const config = { public: true };
  const errors = { 401: errorBodySchema, 404: errorBodySchema };
  r.post(
    '/api/webhooks/:type',
    {
      config,
      schema: {
        tags: ['webhooks'],
        summary: 'Provider webhook addressed by payload (WhatsApp Cloud API)',
        params: typeParams,
        response: { 200: z.object({ ok: z.literal(true) }), ...errors },
      },
    },
    async (req) => {
      await receive(req.params.type, asRequest(req));
      return { ok: true as const };
    },
  );
  r.post(
    '/api/webhooks/:type/:channelToken',
    {
      config,
      schema: {
        tags: ['webhooks'],
        summary: 'Provider webhook addressed by channel token (Telegram)',
        params: tokenParams,
        response: { 200: z.object({ ok: z.literal(true) }), ...errors },
      },
    },
    async (req) => {
      await receive(req.params.type, asRequest(req, req.params.channelToken));
      return { ok: true as const };
    },
  );
  // WhatsApp's subscription handshake: echo hub.challenge when hub.verify_token is a channel's.
  r.get(
    '/api/webhooks/:type',
    { config, schema: { tags: ['webhooks'], summary: 'Webhook verification handshake (WhatsApp hub.challenge)', params: typeParams } },
    async (req, reply) => {
      const adapter = webhookAdapter(req.params.type);
      const query = req.query as Record<string, string | undefined>;
      const rows = adapter.handshake ? await platform.tenant.inSystem((s) => channelsOfType(s, adapter.type)) : [];
      const challenge = adapter.handshake?.(
        query,
        rows.filter((c) => c.active).map((c) => adapterChannel(platform, c)),
      );
      if (!challenge) return reply.status(403).type('text/plain').send('forbidden');
      return reply.status(200).type('text/plain').send(challenge);
    },
  );
}
