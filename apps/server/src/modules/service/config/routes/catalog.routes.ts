import {
  classificationBody,
  classificationSchema,
  contactOriginBody,
  contactOriginSchema,
  errorBodySchema,
  idParams,
  listClassificationsQuery,
  listSlaReasonsQuery,
  slaReasonBody,
  slaReasonSchema,
  updateClassificationBody,
  updateContactOriginBody,
  updateSlaReasonBody,
} from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../../platform/auth/index.js';
import * as catalog from '../commands/catalog.command.js';

// SPEC PAN-01/ATT-07 classifications, PAN-02 contact origins, PAN-04 SLA reasons.
export async function catalogRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['service-config'];
  const admin = { role: 'admin' as const };
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

  r.get(
    '/api/classifications',
    {
      schema: {
        tags,
        summary: 'List opening and closing classifications',
        querystring: listClassificationsQuery,
        response: { 200: z.object({ items: z.array(classificationSchema) }) },
      },
    },
    async (req) => ({ items: await catalog.listClassificationsQuery(platform, principalOf(req), req.query.kind) }),
  );
  r.post(
    '/api/classifications',
    {
      config: admin,
      schema: { tags, summary: 'Create a classification', body: classificationBody, response: { 201: classificationSchema, ...errors } },
    },
    async (req, reply) => reply.status(201).send(await catalog.createClassificationCommand(platform, principalOf(req), req.body)),
  );
  r.patch(
    '/api/classifications/:id',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Rename or (de)activate a classification',
        params: idParams,
        body: updateClassificationBody,
        response: { 200: classificationSchema, ...errors },
      },
    },
    (req) => catalog.updateClassificationCommand(platform, principalOf(req), req.params.id, req.body),
  );

  r.get(
    '/api/contact-origins',
    { schema: { tags, summary: 'List contact origins ("Origem do contato")', response: { 200: z.object({ items: z.array(contactOriginSchema) }) } } },
    async (req) => ({
      items: await catalog.listContactOriginsQuery(platform, principalOf(req)),
    }),
  );
  r.post(
    '/api/contact-origins',
    {
      config: admin,
      schema: { tags, summary: 'Create a contact origin', body: contactOriginBody, response: { 201: contactOriginSchema, ...errors } },
    },
    async (req, reply) => reply.status(201).send(await catalog.createContactOriginCommand(platform, principalOf(req), req.body)),
  );
  r.patch(
    '/api/contact-origins/:id',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Rename or (de)activate a contact origin',
        params: idParams,
        body: updateContactOriginBody,
        response: { 200: contactOriginSchema, ...errors },
      },
    },
    (req) => catalog.updateContactOriginCommand(platform, principalOf(req), req.params.id, req.body),
  );

  r.get(
    '/api/sla-reasons',
    {
      schema: {
        tags,
        summary: 'List SLA intervention reasons',
        querystring: listSlaReasonsQuery,
        response: { 200: z.object({ items: z.array(slaReasonSchema) }) },
      },
    },
    async (req) => ({ items: await catalog.listSlaReasonsQuery(platform, principalOf(req), req.query.type) }),
  );
  r.post(
    '/api/sla-reasons',
    {
      config: admin,
      schema: { tags, summary: 'Create an SLA intervention reason', body: slaReasonBody, response: { 201: slaReasonSchema, ...errors } },
    },
    async (req, reply) => reply.status(201).send(await catalog.createSlaReasonCommand(platform, principalOf(req), req.body)),
  );
  r.patch(
    '/api/sla-reasons/:id',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Rename or (de)activate an SLA reason',
        params: idParams,
        body: updateSlaReasonBody,
        response: { 200: slaReasonSchema, ...errors },
      },
    },
    (req) => catalog.updateSlaReasonCommand(platform, principalOf(req), req.params.id, req.body),
  );
}
