import type { FastifyBaseLogger } from 'fastify';
import { createAuthService, type AuthService } from './auth/index.js';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { runMigrations } from './db/migrate.js';
import { createTenantRunner, type TenantRunner } from './db/tenant.js';
import { createEvents, type Events } from './events/events.js';
import { createJobs, type Jobs } from './jobs/jobs.js';
import { createSecretBox, encryptionKey, type SecretBox } from './crypto/secret-box.js';
import { createMetrics, type Metrics } from './metrics.js';
import { createRealtime, type Realtime } from './realtime/realtime.js';
import { createBlobStorage, type BlobStorage } from './storage/storage.js';
import { createOutboundFetch, type OutboundFetch } from './http/outbound-fetch.js';
import { createMailer, type Mailer } from './mail/mailer.js';

/** The shared services every module receives through `app.platform`. */
export type Platform = {
  config: Config;
  database: Database;
  tenant: TenantRunner;
  auth: AuthService;
  jobs: Jobs;
  events: Events;
  realtime: Realtime;
  metrics: Metrics;
  /** Provider secrets at rest (ARCHITECTURE §3a). */
  secrets: SecretBox;
  /** Attachments, avatars and media, outside the database (ARCHITECTURE §3a). */
  storage: BlobStorage;
  /** Fetches URLs that admins or a PBX gave us, refusing private targets (ALLOW_PRIVATE_TARGETS). */
  outboundFetch: OutboundFetch;
  /** E-mail out through each organization's SMTP server, in jobs (Administração → E-mail). */
  mail: Mailer;
  /** True once migrations ran and workers started: /api/ready answers 200. */
  readonly ready: boolean;
  /** Steps that run once the schema exists (seeding), registered by the app. */
  afterMigrate(fn: () => Promise<void>): void;
  start(): Promise<void>;
  stop(): Promise<void>;
};

declare module 'fastify' {
  interface FastifyInstance {
    platform: Platform;
  }
}

export function createPlatform(config: Config, database: Database, log: FastifyBaseLogger): Platform {
  const auth = createAuthService();
  const jobs = createJobs(database, log);
  const events = createEvents(database, log, { sweepSeconds: config.eventSweepSeconds, firstRetrySeconds: config.eventRetryDelaySeconds });
  const realtime = createRealtime({
    auth,
    redisUrl: config.redisUrl,
    log,
    limits: { eventsPerSecond: config.socketEventsPerSecond, burst: config.socketEventBurst },
  });
  const tenant = createTenantRunner(database);
  const secrets = createSecretBox(encryptionKey(config.encryptionKey, config.dataDir));
  const mail = createMailer({ jobs, tenant, secrets, allowPrivateTargets: config.allowPrivateTargets, log });
  const steps: (() => Promise<void>)[] = [];
  let ready = false;
  return {
    config,
    database,
    tenant,
    auth,
    jobs,
    events,
    realtime,
    metrics: createMetrics(),
    secrets,
    mail,
    storage: createBlobStorage(config),
    outboundFetch: createOutboundFetch({ allowPrivateTargets: config.allowPrivateTargets }),
    get ready() {
      return ready;
    },
    afterMigrate(fn) {
      steps.push(fn);
    },
    async start() {
      await runMigrations(database);
      await jobs.start();
      for (const step of steps) await step();
      events.start();
      ready = true;
    },
    async stop() {
      ready = false;
      await events.stop();
      await realtime.close();
      await jobs.stop();
    },
  };
}
