import { errorBodySchema, personLookupQuery, personLookupResult, personServiceBody, personServiceView, type PersonServiceView } from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf, type Principal } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import { callPersonService, type LookupKey } from '../person-service.call.js';
import { personServiceRepo, type PersonServiceRow } from '../person-service.repository.js';

const view = (row: PersonServiceRow | undefined): PersonServiceView =>
  row
    ? {
        configured: true,
        urlTemplate: row.urlTemplate,
        headerName: row.headerName,
        hasHeaderValue: Boolean(row.headerValueSealed),
        timeoutMs: row.timeoutMs,
        mapping: row.mapping,
        active: row.active,
      }
    : { configured: false, urlTemplate: '', headerName: null, hasHeaderValue: false, timeoutMs: 5000, mapping: [], active: false };

// SPEC PER-07 "Serviço externo de pessoas": admins configure it and "Testar"; the person form asks it.
export async function personServiceRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['persons'];
  const admin = { role: 'admin' as const };
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 502: errorBodySchema, 504: errorBodySchema };

  // The call itself runs outside any transaction: a slow service never holds a database connection.
  const lookup = async (p: Principal, key: LookupKey, evenInactive: boolean) => {
    const cfg = await platform.tenant.asUser(p, (s) => personServiceRepo.get(s));
    if (!cfg || (!cfg.active && !evenInactive)) throw new AppError('PERSON_SERVICE_NOT_CONFIGURED');
    return callPersonService(platform, cfg, key);
  };

  r.get(
    '/api/person-service',
    {
      config: admin,
      schema: {
        tags,
        summary: 'The external person service settings (the header value is never shown)',
        response: { 200: personServiceView, ...errors },
      },
    },
    (req) => platform.tenant.asUser(principalOf(req), async (s) => view(await personServiceRepo.get(s))),
  );
  r.put(
    '/api/person-service',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Save the external person service settings',
        body: personServiceBody,
        response: { 200: personServiceView, ...errors },
      },
    },
    (req) =>
      platform.tenant.asUser(principalOf(req), async (s) => {
        const b = req.body;
        const current = await personServiceRepo.get(s);
        const headerValueSealed =
          b.headerValue === undefined ? (current?.headerValueSealed ?? null) : b.headerValue ? platform.secrets.seal(b.headerValue) : null;
        const row = await personServiceRepo.save(s, {
          urlTemplate: b.urlTemplate,
          headerName: b.headerName || null,
          headerValueSealed,
          timeoutMs: b.timeoutMs,
          mapping: b.mapping,
          active: b.active,
        });
        return view(row);
      }),
  );
  r.post(
    '/api/person-service/test',
    {
      config: admin,
      schema: {
        tags,
        summary: '"Testar": look a document or phone up with the saved settings',
        body: personLookupQuery,
        response: { 200: personLookupResult, ...errors },
      },
    },
    (req) => lookup(principalOf(req), req.body, true),
  );
  r.get(
    '/api/persons/lookup-external',
    {
      schema: {
        tags,
        summary: 'Person data from the external service, by CPF/CNPJ or phone, as person fields',
        querystring: personLookupQuery,
        response: { 200: personLookupResult, ...errors },
      },
    },
    (req) => lookup(principalOf(req), req.query, false),
  );
}
