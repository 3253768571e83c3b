import { errorBodySchema, protocolLookupBody, protocolLookupResult } from '@atende/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../platform/errors.js';
import { protocolLookupQuery } from './protocol-lookup.js';

// SPEC PLT-05: the public "Consulta de protocolo". Public, so limited per client address like the
// widget's creating routes: guessing protocol/document pairs stays slow.
export async function protocolLookupRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const config = {
    public: true,
    rateLimit: {
      max: 10,
      timeWindow: '1 minute',
      keyGenerator: (req: FastifyRequest) => `protocol-lookup:${req.ip}`,
      errorResponseBuilder: () => new AppError('RATE_LIMITED'),
    },
  };
  r.post(
    '/api/public/protocol-lookup',
    {
      config,
      schema: {
        tags: ['public'],
        summary: 'Follow an attendance or request by protocol and the CPF/CNPJ on file (same 404 for either mismatch)',
        body: protocolLookupBody,
        response: { 200: protocolLookupResult, 400: errorBodySchema, 404: errorBodySchema, 429: errorBodySchema },
      },
    },
    (req) => protocolLookupQuery(platform, req.body.protocol, req.body.document),
  );
}
