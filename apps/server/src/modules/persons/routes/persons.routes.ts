import {
  errorBodySchema,
  idParams,
  personBody,
  personIdentitySchema,
  personSchema,
  personSummarySchema,
  searchPersonsQuery,
  updatePersonBody,
} from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../platform/auth/index.js';
import { createPersonCommand } from '../commands/create-person.command.js';
import { updatePersonCommand } from '../commands/update-person.command.js';
import { getPersonQuery, personIdentitiesQuery, searchPersonsQuery as searchPersons } from '../queries/persons.queries.js';

// SPEC PER-01, PER-02: any staff member searches, reads, registers and edits persons.
export async function personsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['persons'];
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

  r.get(
    '/api/persons',
    {
      schema: {
        tags,
        summary: 'Search persons by name (partial, accent-insensitive), e-mail, CPF/CNPJ or phone; newest-updated first',
        querystring: searchPersonsQuery,
        response: { 200: z.object({ items: z.array(personSummarySchema) }), 400: errorBodySchema },
      },
    },
    async (req) => ({ items: await searchPersons(platform, principalOf(req), req.query.q, req.query.limit) }),
  );
  r.post(
    '/api/persons',
    { schema: { tags, summary: 'Register a person (PF or PJ)', body: personBody, response: { 201: personSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await createPersonCommand(platform, principalOf(req), req.body)),
  );
  r.get(
    '/api/persons/:id',
    { schema: { tags, summary: 'A person with e-mails, phones and addresses', params: idParams, response: { 200: personSchema, ...errors } } },
    (req) => getPersonQuery(platform, principalOf(req), req.params.id),
  );
  r.get(
    '/api/persons/:id/identities',
    {
      schema: {
        tags,
        summary: 'The person’s channel identities (WhatsApp number, Telegram id, e-mail, web chat), newest first',
        params: idParams,
        response: { 200: z.object({ items: z.array(personIdentitySchema) }), ...errors },
      },
    },
    (req) => personIdentitiesQuery(platform, principalOf(req), req.params.id),
  );
  r.patch(
    '/api/persons/:id',
    {
      schema: {
        tags,
        summary: 'Edit a person; lists given replace the stored ones',
        params: idParams,
        body: updatePersonBody,
        response: { 200: personSchema, ...errors },
      },
    },
    (req) => updatePersonCommand(platform, principalOf(req), req.params.id, req.body),
  );
}
