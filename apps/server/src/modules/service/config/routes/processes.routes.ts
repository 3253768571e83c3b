import {
  errorBodySchema,
  idParams,
  processBody,
  processSchema,
  subprocessBody,
  subprocessSchema,
  updateProcessBody,
  updateSubprocessBody,
} from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../../platform/auth/index.js';
import {
  createProcessCommand,
  createSubprocessCommand,
  listProcessesQuery,
  updateProcessCommand,
  updateSubprocessCommand,
} from '../commands/processes.command.js';

// SPEC PAN-03: processes and subprocesses. Any staff member reads (panel pickers); admins write.
export async function processesRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['service-config'];
  const admin = { role: 'admin' as const };
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

  r.get(
    '/api/processes',
    { schema: { tags, summary: 'List processes with their subprocesses', response: { 200: z.object({ items: z.array(processSchema) }) } } },
    async (req) => ({
      items: await listProcessesQuery(platform, principalOf(req)),
    }),
  );
  r.post(
    '/api/processes',
    { config: admin, schema: { tags, summary: 'Create a process', body: processBody, response: { 201: processSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await createProcessCommand(platform, principalOf(req), req.body)),
  );
  r.patch(
    '/api/processes/:id',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Rename or (de)activate a process',
        params: idParams,
        body: updateProcessBody,
        response: { 200: processSchema, ...errors },
      },
    },
    (req) => updateProcessCommand(platform, principalOf(req), req.params.id, req.body),
  );
  r.post(
    '/api/processes/:id/subprocesses',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Append a subprocess to a process',
        params: idParams,
        body: subprocessBody,
        response: { 201: subprocessSchema, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createSubprocessCommand(platform, principalOf(req), req.params.id, req.body)),
  );
  r.patch(
    '/api/subprocesses/:id',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Edit, (de)activate or move a subprocess',
        params: idParams,
        body: updateSubprocessBody,
        response: { 200: subprocessSchema, ...errors },
      },
    },
    (req) => updateSubprocessCommand(platform, principalOf(req), req.params.id, req.body),
  );
}
