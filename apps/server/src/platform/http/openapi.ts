import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

// SPEC PLT-02: the OpenAPI document is generated from the same zod schemas that validate requests.
export async function registerOpenApi(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Atende API', version: '0.1.0', description: 'Omnichannel customer service platform' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'atende_sid' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
          // SPEC PLT-02: API tokens made under "Administração → Tokens de API"; no CSRF header needed.
          bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'atd_…', description: 'API token (scopes: read, write, admin)' },
        },
      },
      // Either a session (cookie, plus the CSRF header on writes) or an API token.
      security: [{ session: [], csrf: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  // The documentation itself is public; the operations it describes are not.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) route.config = { ...(route.config ?? {}), public: true };
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { deepLinking: true } });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
}
