import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyPluginAsync, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { authPlugin } from './platform/auth/index.js';
import type { Config } from './platform/config.js';
import type { Database } from './platform/db/client.js';
import { errorHandler } from './platform/errors.js';
import { registerOpenApi } from './platform/http/openapi.js';
import { refuseUntilReady, systemRoutes } from './platform/http/system.routes.js';
import { mailRoutes } from './platform/mail/mail.routes.js';
import { registerCrossOrigin } from './platform/http/cross-origin.js';
import { registerSecurityHeaders } from './platform/http/security-headers.js';
import { rejectUnstorableStrings } from './platform/http/storable-strings.js';
import { registerWeb } from './platform/http/web.js';
import { loggerOptions } from './platform/log-options.js';
import { registerMetricsRoute } from './platform/metrics.js';
import { createPlatform } from './platform/platform.js';
import { modules } from './modules/index.js';
import { orderByDependencies } from './platform/plugin-order.js';

export type RouteEntry = { method: string; url: string; public: boolean };

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
}

export type BuildOptions = {
  config: Config;
  database: Database;
  logger?: FastifyServerOptions['logger'];
  /** The feature modules, in any order (tests shuffle them); each is registered after those it depends on. */
  modules?: readonly FastifyPluginAsync[];
};

/** Builds the whole app without listening or touching the schema; `app.platform.start()` does that. */
export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(opts.logger ?? true, opts.config.logLevel),
    trustProxy: opts.config.trustProxy,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  rejectUnstorableStrings(app);

  const platform = createPlatform(opts.config, opts.database, app.log);
  app.decorate('platform', platform);
  refuseUntilReady(app);
  // The route table, for the isolation test that walks every route (SPEC ORG-01).
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) routeTable.push({ method, url: r.url, public: Boolean(r.config?.public) });
  });

  await registerSecurityHeaders(app, opts.config.publicUrl, opts.config.sipWsUrl);
  await registerCrossOrigin(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 5 } });
  await registerOpenApi(app);
  await app.register(authPlugin, { auth: platform.auth });
  registerMetricsRoute(app, platform.metrics);
  await app.register(systemRoutes);
  await app.register(mailRoutes);
  for (const mod of orderByDependencies(opts.modules ?? modules)) await app.register(mod);
  await registerWeb(app, opts.config.webDist, opts.config.alertAppDist);

  await platform.realtime.attach(app.server);
  app.addHook('onClose', async () => {
    await platform.stop();
    await opts.database.close();
  });
  return app;
}
