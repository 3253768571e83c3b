import type { FastifyInstance, FastifyServerOptions, InjectOptions, LightMyRequestResponse } from 'fastify';
import { eq, isNull, count } from 'drizzle-orm';
import { vi } from 'vitest';
import { buildApp, type BuildOptions } from '../src/app.js';
import { domainEvents } from '../src/db/schema/platform.js';
import { organizations, users } from '../src/db/schema/tenancy.js';
import type { Config } from '../src/platform/config.js';
import type { Database } from '../src/platform/db/client.js';
import { seedDemo } from '../src/seed/demo.js';
import { openTestDatabase } from './databases.js';
import { DEMO_PASSWORD, testConfig } from './test-config.js';

export { DEMO_PASSWORD };

export type Session = {
  me: { id: string; organizationId: string; csrfToken: string; role: string };
  cookie: string;
  /** Injects as this user, with the session cookie and the CSRF header on writes. */
  inject(opts: InjectOptions & { url: string }): Promise<LightMyRequestResponse>;
};

export type TestApp = {
  app: FastifyInstance;
  database: Database;
  login(email: string, password?: string): Promise<Session>;
  orgId(slug: 'demo' | 'outra'): Promise<string>;
  userId(email: string): Promise<string>;
  /** Resolves once every domain event written so far has run all its listeners (the outbox is empty). */
  settle(): Promise<void>;
  close(): Promise<void>;
};

/** The real app on a fresh database (PGlite or PostgreSQL per TEST_DB), migrated and seeded. */
export async function createTestApp(
  opts: {
    seed?: boolean;
    start?: boolean;
    config?: Partial<Config>;
    database?: Database;
    logger?: FastifyServerOptions['logger'];
    modules?: BuildOptions['modules'];
  } = {},
): Promise<TestApp> {
  const seed = opts.seed ?? true;
  // A copy of a database migrated (and seeded) once for the whole run: see databases.ts.
  const database = opts.database ?? (await openTestDatabase(seed ? 'seeded' : 'migrated'));
  const config = testConfig({ seedDemo: seed, ...opts.config });
  // TEST_LOG=warn (or debug…) shows the server's logs while a test runs.
  const app = await buildApp({
    config,
    database,
    modules: opts.modules,
    logger: opts.logger ?? (process.env.TEST_LOG ? { level: process.env.TEST_LOG } : false),
  });
  if (config.seedDemo) app.platform.afterMigrate(() => seedDemo(app.platform));
  if (opts.start ?? true) await app.platform.start();

  const system = <T>(fn: Parameters<typeof app.platform.tenant.inSystem<T>>[0]) => app.platform.tenant.inSystem(fn);

  return {
    app,
    database,
    async login(email, password = DEMO_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
      if (res.statusCode !== 200) throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      const me = res.json();
      return {
        me,
        cookie,
        inject: (o) => {
          const write = !['GET', 'HEAD', 'OPTIONS'].includes((o.method ?? 'GET').toUpperCase());
          const headers = { ...(o.headers ?? {}), cookie, ...(write ? { 'x-csrf-token': me.csrfToken } : {}) };
          return app.inject({ ...o, headers });
        },
      };
    },
    orgId: (slug) => system(async (s) => (await s.tx.select().from(organizations).where(eq(organizations.slug, slug)))[0]!.id),
    userId: (email) => system(async (s) => (await s.tx.select().from(users).where(eq(users.email, email)))[0]!.id),
    settle: () =>
      vi.waitFor(
        async () => {
          const [row] = await database.db.select({ n: count() }).from(domainEvents).where(isNull(domainEvents.dispatchedAt));
          if (Number(row!.n) > 0) throw new Error(`${row!.n} events still pending`);
        },
        // A listener that failed waits for the sweeper's retry (eventRetryDelaySeconds): allow for it.
        { timeout: 30_000, interval: 50 },
      ),
    close: () => app.close(),
  };
}
