import { errorBodySchema, idParams, personFieldBody, personFieldSchema, updatePersonFieldBody } from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../platform/auth/index.js';
import { constraintError } from '../../../platform/db/pg-errors.js';
import { AppError } from '../../../platform/errors.js';
import { toPersonField } from '../person-custom.js';
import { personFieldsRepo } from '../person-fields.repository.js';

// SPEC PER-05 "Administração → Dados personalizados": admins define the fields; every staff member
// reads them, because the person form shows them.
export async function personFieldsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['persons'];
  const admin = { role: 'admin' as const };
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

  r.get(
    '/api/person-fields',
    {
      schema: {
        tags,
        summary: 'The custom person fields (PF and PJ), in order',
        response: { 200: z.object({ items: z.array(personFieldSchema) }), ...errors },
      },
    },
    (req) => platform.tenant.asUser(principalOf(req), async (s) => ({ items: (await personFieldsRepo.list(s)).map(toPersonField) })),
  );
  r.post(
    '/api/person-fields',
    {
      config: admin,
      schema: { tags, summary: 'Define a custom person field', body: personFieldBody, response: { 201: personFieldSchema, ...errors } },
    },
    async (req, reply) => {
      const row = await platform.tenant.asUser(principalOf(req), (s) => personFieldsRepo.insert(s, req.body));
      if (!row) throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'body.key', rule: 'unique' }] });
      return reply.status(201).send(toPersonField(row));
    },
  );
  r.patch(
    '/api/person-fields/:id',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Edit a custom person field',
        params: idParams,
        body: updatePersonFieldBody,
        response: { 200: personFieldSchema, ...errors },
      },
    },
    async (req) => {
      const row = await platform.tenant
        .asUser(principalOf(req), (s) => personFieldsRepo.update(s, req.params.id, req.body))
        .catch((err: unknown) => {
          if (constraintError(err)?.constraint === 'person_fields_key_unique')
            throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'body.key', rule: 'unique' }] });
          throw err;
        });
      if (!row) throw new AppError('PERSON_FIELD_NOT_FOUND');
      return toPersonField(row);
    },
  );
}
