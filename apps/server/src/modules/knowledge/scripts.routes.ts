import {
  attendanceScriptBody,
  attendanceScriptSchema,
  errorBodySchema,
  filledScriptSchema,
  idParams,
  updateAttendanceScriptBody,
} from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../platform/auth/index.js';
import { attendanceScriptsQuery, createScriptCommand, listScriptsQuery, removeScriptCommand, updateScriptCommand } from './scripts.commands.js';

// SPEC ATT-11: admins manage "Scripts"; an attendance reads its company's, placeholders filled.
export async function scriptsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['scripts'];
  const admin = { role: 'admin' as const };
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

  r.get(
    '/api/scripts',
    { config: admin, schema: { tags, summary: 'Every script', response: { 200: z.object({ items: z.array(attendanceScriptSchema) }), ...errors } } },
    (req) => listScriptsQuery(platform, principalOf(req)),
  );
  r.post(
    '/api/scripts',
    { config: admin, schema: { tags, summary: 'Create a script', body: attendanceScriptBody, response: { 201: attendanceScriptSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await createScriptCommand(platform, principalOf(req), req.body)),
  );
  r.patch(
    '/api/scripts/:id',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Edit a script',
        params: idParams,
        body: updateAttendanceScriptBody,
        response: { 200: attendanceScriptSchema, ...errors },
      },
    },
    (req) => updateScriptCommand(platform, principalOf(req), req.params.id, req.body),
  );
  r.delete(
    '/api/scripts/:id',
    { config: admin, schema: { tags, summary: 'Remove a script', params: idParams, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      await removeScriptCommand(platform, principalOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
  r.get(
    '/api/attendances/:id/scripts',
    {
      schema: {
        tags,
        summary: 'The attendance’s scripts, placeholders filled',
        params: idParams,
        response: { 200: z.object({ items: z.array(filledScriptSchema) }), ...errors },
      },
    },
    (req) => attendanceScriptsQuery(platform, principalOf(req), req.params.id),
  );
}
