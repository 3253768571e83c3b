import {
  errorBodySchema,
  idParams,
  myToolsSchema,
  slaPolicyBody,
  slaPolicySchema,
  toolPermissionsBody,
  toolPermissionsSchema,
  updateSlaPolicyBody,
} from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../../platform/auth/index.js';
import { createSlaPolicyCommand, listSlaPoliciesQuery, updateSlaPolicyCommand } from '../commands/sla-policies.command.js';
import { myToolsQuery, saveToolPermissionsCommand, toolPermissionsQuery } from '../commands/tool-permissions.command.js';

// SPEC PAN-04 SLA policies and ORG-03 tool permissions.
export async function slaPoliciesRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['service-config'];
  const admin = { role: 'admin' as const };
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

  r.get(
    '/api/sla-policies',
    { schema: { tags, summary: 'List SLA policies', response: { 200: z.object({ items: z.array(slaPolicySchema) }) } } },
    async (req) => ({
      items: await listSlaPoliciesQuery(platform, principalOf(req)),
    }),
  );
  r.post(
    '/api/sla-policies',
    { config: admin, schema: { tags, summary: 'Create an SLA policy', body: slaPolicyBody, response: { 201: slaPolicySchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await createSlaPolicyCommand(platform, principalOf(req), req.body)),
  );
  r.patch(
    '/api/sla-policies/:id',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Edit or (de)activate an SLA policy',
        params: idParams,
        body: updateSlaPolicyBody,
        response: { 200: slaPolicySchema, ...errors },
      },
    },
    (req) => updateSlaPolicyCommand(platform, principalOf(req), req.params.id, req.body),
  );

  r.get(
    '/api/tool-permissions',
    { schema: { tags, summary: 'Tool permissions per role ("Permissões de ferramentas")', response: { 200: toolPermissionsSchema } } },
    (req) => toolPermissionsQuery(platform, principalOf(req)),
  );
  r.put(
    '/api/tool-permissions',
    {
      config: admin,
      schema: { tags, summary: 'Enable or disable tools per role', body: toolPermissionsBody, response: { 200: toolPermissionsSchema, ...errors } },
    },
    (req) => saveToolPermissionsCommand(platform, principalOf(req), req.body),
  );
  r.get(
    '/api/tool-permissions/me',
    { schema: { tags, summary: 'The panel tools the current user may use', response: { 200: myToolsSchema } } },
    (req) => myToolsQuery(platform, principalOf(req)),
  );
}
