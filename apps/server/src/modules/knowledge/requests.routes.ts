import {
  historyPage,
  historyPageQuery,
  errorBodySchema,
  idParams,
  listRequestsQuery,
  requestCommentBody,
  requestDetailSchema,
  requestSchema,
  updateRequestBody,
} from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../platform/auth/index.js';
import { commentRequestCommand, listRequestsCommand, personRequestsQuery, requestDetailQuery, updateRequestCommand } from './requests.commands.js';

// SPEC KB-03: "Solicitações" — the list with filters, one request, its status, assignee and comments.
export async function requestsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['requests'];
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

  r.get(
    '/api/requests',
    {
      schema: {
        tags,
        summary: 'Requests the caller may follow, newest first',
        querystring: listRequestsQuery,
        response: { 200: z.object({ items: z.array(requestSchema) }) },
      },
    },
    (req) => listRequestsCommand(platform, principalOf(req), req.query),
  );
  r.get(
    '/api/persons/:id/requests',
    {
      schema: {
        tags,
        summary: 'A person’s requests, newest first, one page at a time ("Histórico → Solicitações")',
        params: idParams,
        querystring: historyPageQuery,
        response: { 200: historyPage(requestSchema), ...errors },
      },
    },
    (req) => personRequestsQuery(platform, principalOf(req), req.params.id, req.query),
  );
  r.get(
    '/api/requests/:id',
    { schema: { tags, summary: 'One request with its comments', params: idParams, response: { 200: requestDetailSchema, ...errors } } },
    (req) => requestDetailQuery(platform, principalOf(req), req.params.id),
  );
  r.patch(
    '/api/requests/:id',
    {
      schema: {
        tags,
        summary: 'Change status, assignee or team',
        params: idParams,
        body: updateRequestBody,
        response: { 200: requestDetailSchema, ...errors },
      },
    },
    (req) => updateRequestCommand(platform, principalOf(req), req.params.id, req.body),
  );
  r.post(
    '/api/requests/:id/comments',
    {
      schema: {
        tags,
        summary: 'Comment on a request, or reply to the customer by e-mail (via: email)',
        params: idParams,
        body: requestCommentBody,
        response: { 201: requestDetailSchema, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await commentRequestCommand(platform, principalOf(req), req.params.id, req.body)),
  );
}
