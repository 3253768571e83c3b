import {
  errorBodySchema,
  idParams,
  webhookDeliverySchema,
  webhookEndpointBody,
  webhookEndpointSchema,
  webhookEndpointWithSecretSchema,
} from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../platform/auth/index.js';
import {
  createEndpoint,
  deleteEndpoint,
  getEndpoint,
  listDeliveries,
  listEndpoints,
  resendDelivery,
  rotateEndpointSecret,
  updateEndpoint,
} from './webhooks.commands.js';

// SPEC PLT-03: "Administração → Webhooks". Admins only. The signing secret comes back at creation
// and from "rotate"; it is never listed.
export async function webhooksRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['webhooks'];
  const config = { role: 'admin' as const };
  const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };
  const deliveryParams = z.object({ id: z.uuid(), deliveryId: z.uuid() });

  r.get(
    '/api/webhook-endpoints',
    {
      config,
      schema: { tags, summary: 'List webhook endpoints', response: { 200: z.object({ items: z.array(webhookEndpointSchema) }), ...errors } },
    },
    async (req) => ({ items: await listEndpoints(platform, principalOf(req)) }),
  );
  r.post(
    '/api/webhook-endpoints',
    {
      config,
      schema: {
        tags,
        summary: 'Create a webhook endpoint; the answer carries its signing secret',
        body: webhookEndpointBody,
        response: { 201: webhookEndpointWithSecretSchema, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createEndpoint(platform, principalOf(req), req.body)),
  );
  r.get(
    '/api/webhook-endpoints/:id',
    {
      config,
      schema: { tags, summary: 'One webhook endpoint (without its secret)', params: idParams, response: { 200: webhookEndpointSchema, ...errors } },
    },
    async (req) => getEndpoint(platform, principalOf(req), req.params.id),
  );
  r.put(
    '/api/webhook-endpoints/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Edit a webhook endpoint',
        params: idParams,
        body: webhookEndpointBody,
        response: { 200: webhookEndpointSchema, ...errors },
      },
    },
    async (req) => updateEndpoint(platform, principalOf(req), req.params.id, req.body),
  );
  r.delete(
    '/api/webhook-endpoints/:id',
    { config, schema: { tags, summary: 'Delete a webhook endpoint and its delivery log', params: idParams, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      await deleteEndpoint(platform, principalOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
  r.post(
    '/api/webhook-endpoints/:id/secret',
    {
      config,
      schema: {
        tags,
        summary: 'Rotate the signing secret; the answer carries the new one',
        params: idParams,
        response: { 200: webhookEndpointWithSecretSchema, ...errors },
      },
    },
    async (req) => rotateEndpointSecret(platform, principalOf(req), req.params.id),
  );
  r.get(
    '/api/webhook-endpoints/:id/deliveries',
    {
      config,
      schema: {
        tags,
        summary: 'Delivery log of an endpoint (latest 100)',
        params: idParams,
        response: { 200: z.object({ items: z.array(webhookDeliverySchema) }), ...errors },
      },
    },
    async (req) => ({ items: await listDeliveries(platform, principalOf(req), req.params.id) }),
  );
  r.post(
    '/api/webhook-endpoints/:id/deliveries/:deliveryId/resend',
    {
      config,
      schema: {
        tags,
        summary: 'Send a delivery again now, with the same webhook-id',
        params: deliveryParams,
        response: { 202: webhookDeliverySchema, ...errors },
      },
    },
    async (req, reply) => reply.status(202).send(await resendDelivery(platform, principalOf(req), req.params.id, req.params.deliveryId)),
  );
}
