import {
  attendanceInformationSchema,
  attendanceKnowledgeResponse,
  errorBodySchema,
  idParams,
  knowledgeCategoryBody,
  knowledgeCategorySchema,
  knowledgeItemBody,
  knowledgeItemSchema,
  knowledgeTreeQuery,
  knowledgeTreeResponse,
  registerInformationBody,
  registerRequestBody,
  requestSchema,
  updateKnowledgeCategoryBody,
  updateKnowledgeItemBody,
} from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../platform/auth/index.js';
import { attendanceKnowledgeQuery, registerInformationCommand, registerRequestCommand } from './attendance-knowledge.commands.js';
import * as tree from './tree.commands.js';

// SPEC KB-01 (the tree: admins write, staff read), KB-02/KB-03 (registering on an attendance), ATT-07.
export async function knowledgeRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['knowledge'];
  const admin = { role: 'admin' as const };
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

  r.get(
    '/api/knowledge/tree',
    {
      schema: {
        tags,
        summary: 'The knowledge tree; with q, the items matching it (accent-insensitive)',
        querystring: knowledgeTreeQuery,
        response: { 200: knowledgeTreeResponse },
      },
    },
    (req) => tree.treeQuery(platform, principalOf(req), req.query.q),
  );
  r.post(
    '/api/knowledge/categories',
    {
      config: admin,
      schema: { tags, summary: 'Create a section/category', body: knowledgeCategoryBody, response: { 201: knowledgeCategorySchema, ...errors } },
    },
    async (req, reply) => reply.status(201).send(await tree.createCategoryCommand(platform, principalOf(req), req.body)),
  );
  r.patch(
    '/api/knowledge/categories/:id',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Rename, move or (de)activate a section',
        params: idParams,
        body: updateKnowledgeCategoryBody,
        response: { 200: knowledgeCategorySchema, ...errors },
      },
    },
    (req) => tree.updateCategoryCommand(platform, principalOf(req), req.params.id, req.body),
  );
  r.delete(
    '/api/knowledge/categories/:id',
    { config: admin, schema: { tags, summary: 'Remove a section and what it holds', params: idParams, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      await tree.removeCategoryCommand(platform, principalOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
  r.post(
    '/api/knowledge/items',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Create an information or a request type',
        body: knowledgeItemBody,
        response: { 201: knowledgeItemSchema, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await tree.createItemCommand(platform, principalOf(req), req.body)),
  );
  r.patch(
    '/api/knowledge/items/:id',
    {
      config: admin,
      schema: { tags, summary: 'Edit an item', params: idParams, body: updateKnowledgeItemBody, response: { 200: knowledgeItemSchema, ...errors } },
    },
    (req) => tree.updateItemCommand(platform, principalOf(req), req.params.id, req.body),
  );
  r.delete(
    '/api/knowledge/items/:id',
    { config: admin, schema: { tags, summary: 'Remove an item', params: idParams, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      await tree.removeItemCommand(platform, principalOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/attendances/:id/knowledge',
    {
      schema: {
        tags,
        summary: 'Information given and requests registered in an attendance',
        params: idParams,
        response: { 200: attendanceKnowledgeResponse, ...errors },
      },
    },
    (req) => attendanceKnowledgeQuery(platform, principalOf(req), req.params.id),
  );
  r.post(
    '/api/attendances/:id/informations',
    {
      schema: {
        tags,
        summary: '"Registrar Informação"',
        params: idParams,
        body: registerInformationBody,
        response: { 201: attendanceInformationSchema, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await registerInformationCommand(platform, principalOf(req), req.params.id, req.body.itemId)),
  );
  r.post(
    '/api/attendances/:id/requests',
    {
      schema: { tags, summary: '"Registrar Solicitação"', params: idParams, body: registerRequestBody, response: { 201: requestSchema, ...errors } },
    },
    async (req, reply) => reply.status(201).send(await registerRequestCommand(platform, principalOf(req), req.params.id, req.body)),
  );
}
