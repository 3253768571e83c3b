import { channelProviderBody, channelSchema, channelTestResult, errorBodySchema, idParams, templateSchema } from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../platform/auth/index.js';
import { AppError, requestLocale } from '../../../platform/errors.js';
import { toChannelView } from './channel-view.js';
import { failedCheck, providerTarget } from './provider-calls.js';
import { saveChannelProviderCommand } from './save-provider.command.js';

// SPEC ORG-05, CH-02, CH-03, CH-08: an admin connects a channel to its provider (settings and
// write-only secrets), tests the connection and registers the webhook. Provider failures are
// answered, never thrown as 500s, and no call waits on a provider for long (provider-calls.ts).
export async function channelProviderRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['channels'];
  const admin = { role: 'admin' as const };
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };
  const reveal = (sealed: string) => platform.secrets.open(sealed);

  r.put(
    '/api/channels/:id/provider',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Set the provider settings and secrets of a channel (secrets not given are kept)',
        params: idParams,
        body: channelProviderBody,
        response: { 200: channelSchema, ...errors },
      },
    },
    async (req) =>
      toChannelView(await saveChannelProviderCommand(platform, principalOf(req), req.params.id, req.body), platform.config.publicUrl, reveal),
  );

  r.post(
    '/api/channels/:id/test',
    {
      config: admin,
      schema: { tags, summary: "Test the channel's provider connection", params: idParams, response: { 200: channelTestResult, ...errors } },
    },
    async (req) => {
      const { adapter, channel, ctx } = await providerTarget(platform, principalOf(req), req.params.id);
      try {
        return await adapter.testConnection(channel, ctx);
      } catch (err) {
        req.log.warn({ err, channelId: channel.id }, 'channel connection test failed');
        return failedCheck(err, requestLocale(req));
      }
    },
  );

  r.post(
    '/api/channels/:id/webhook',
    {
      config: admin,
      schema: { tags, summary: 'Register the channel webhook at the provider', params: idParams, response: { 200: channelTestResult, ...errors } },
    },
    async (req) => {
      const { row, adapter, channel, ctx } = await providerTarget(platform, principalOf(req), req.params.id);
      const path = adapter.webhookPath?.(row.token);
      if (!adapter.capabilities.registerWebhook || !adapter.registerWebhook || !path) throw new AppError('CHANNEL_WEBHOOK_UNSUPPORTED');
      const webhookUrl = `${platform.config.publicUrl}${path}`;
      try {
        await adapter.registerWebhook(channel, webhookUrl, ctx);
        return { ok: true, detail: webhookUrl };
      } catch (err) {
        req.log.warn({ err, channelId: channel.id }, 'webhook registration failed');
        return failedCheck(err, requestLocale(req));
      }
    },
  );

  // Agents read templates too: the composer offers them when the reply window is closed (CH-02).
  r.get(
    '/api/channels/:id/templates',
    {
      schema: {
        tags,
        summary: "The channel's approved message templates",
        params: idParams,
        response: { 200: z.object({ items: z.array(templateSchema) }), 502: errorBodySchema, ...errors },
      },
    },
    async (req) => {
      const { adapter, channel, ctx } = await providerTarget(platform, principalOf(req), req.params.id);
      if (!adapter.capabilities.templates || !adapter.listTemplates) throw new AppError('CHANNEL_TEMPLATES_UNSUPPORTED');
      try {
        return { items: await adapter.listTemplates(channel, ctx) };
      } catch (err) {
        req.log.warn({ err, channelId: channel.id }, 'template list failed');
        throw new AppError('CHANNEL_PROVIDER_UNAVAILABLE', { cause: err });
      }
    },
  );
}
