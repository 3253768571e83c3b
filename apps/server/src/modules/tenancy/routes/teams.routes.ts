import { companySchema, errorBodySchema, idParams, teamBody, teamSchema, updateTeamBody } from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../platform/auth/index.js';
import { createTeamCommand, deleteTeamCommand, updateTeamCommand } from '../commands/save-team.command.js';
import { listCompaniesQuery, listTeamsQuery } from '../queries/tenancy.queries.js';

export async function teamsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['teams'];
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

  r.get('/api/teams', { schema: { tags, summary: 'List teams', response: { 200: z.object({ items: z.array(teamSchema) }) } } }, async (req) => ({
    items: await listTeamsQuery(platform, principalOf(req)),
  }));
  r.post(
    '/api/teams',
    { config: { role: 'admin' }, schema: { tags, summary: 'Create a team', body: teamBody, response: { 201: teamSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await createTeamCommand(platform, principalOf(req), req.body)),
  );
  r.patch(
    '/api/teams/:id',
    {
      config: { role: 'admin' },
      schema: { tags, summary: 'Edit a team', params: idParams, body: updateTeamBody, response: { 200: teamSchema, ...errors } },
    },
    async (req) => updateTeamCommand(platform, principalOf(req), req.params.id, req.body),
  );
  r.delete(
    '/api/teams/:id',
    { config: { role: 'admin' }, schema: { tags, summary: 'Delete a team', params: idParams, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      await deleteTeamCommand(platform, principalOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/companies',
    { schema: { tags: ['companies'], summary: 'List companies', response: { 200: z.object({ items: z.array(companySchema) }) } } },
    async (req) => ({ items: await listCompaniesQuery(platform, principalOf(req)) }),
  );
}
