import {
  createServiceOrderBody,
  errorBodySchema,
  historyPage,
  historyPageQuery,
  idParams,
  patchServiceOrderBody,
  personVisitSchema,
  serviceOrderSchema,
  serviceOrdersResponse,
} from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../platform/auth/index.js';
import { requireTool } from '../config/api.js';
import {
  createServiceOrderCommand,
  listServiceOrdersQuery,
  personVisitsQuery,
  removeServiceOrderCommand,
  updateServiceOrderCommand,
} from './service-orders.commands.js';

// SPEC PAN-06: an attendance's service orders ("O.S."); changes need the tool service_order.manage.
export async function serviceOrdersRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['attendance service'];
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };
  const manage = requireTool('service_order.manage');

  r.get(
    '/api/attendances/:id/service-orders',
    {
      schema: {
        tags,
        summary: 'An attendance’s service orders (recorded as viewed)',
        params: idParams,
        response: { 200: serviceOrdersResponse, ...errors },
      },
    },
    (req) => listServiceOrdersQuery(platform, principalOf(req), req.params.id),
  );
  r.post(
    '/api/attendances/:id/service-orders',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Add a service order',
        params: idParams,
        body: createServiceOrderBody,
        response: { 201: serviceOrderSchema, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createServiceOrderCommand(platform, principalOf(req), req.params.id, req.body)),
  );
  r.patch(
    '/api/service-orders/:id',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Edit a service order',
        params: idParams,
        body: patchServiceOrderBody,
        response: { 200: serviceOrderSchema, ...errors },
      },
    },
    (req) => updateServiceOrderCommand(platform, principalOf(req), req.params.id, req.body),
  );
  r.delete(
    '/api/service-orders/:id',
    { preHandler: manage, schema: { tags, summary: 'Remove a service order', params: idParams, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      await removeServiceOrderCommand(platform, principalOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
  // SPEC PER-04 "Histórico → Agendamentos": the visits of the person's service orders.
  r.get(
    '/api/persons/:id/visits',
    {
      schema: {
        tags: ['persons'],
        summary: 'A person’s service-order visits, the latest first, one page at a time ("Histórico → Agendamentos")',
        params: idParams,
        querystring: historyPageQuery,
        response: { 200: historyPage(personVisitSchema), 400: errorBodySchema, 404: errorBodySchema },
      },
    },
    (req) => personVisitsQuery(platform, principalOf(req), req.params.id, req.query),
  );
}
