import { sql } from 'drizzle-orm';
import { PgBoss, fromDrizzle, fromPglite, type Job, type QueuePolicy, type SendOptions, type WorkOptions } from 'pg-boss';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/client.js';
import type { Scope } from '../db/tenant.js';

export type JobHandler<T> = (data: T, job: Job<T>) => Promise<void>;

type Registration = {
  name: string;
  handler: JobHandler<never>;
  work: WorkOptions;
  queue: { retryLimit?: number; retryDelay?: number; retryBackoff?: boolean; policy?: QueuePolicy };
};

export type Jobs = {
  /** Declares a queue and its worker; call before start(). */
  register<T extends object>(
    name: string,
    handler: JobHandler<T>,
    opts?: { work?: WorkOptions; retryLimit?: number; retryDelay?: number; retryBackoff?: boolean; policy?: QueuePolicy },
  ): void;
  /** Wakes this instance's workers of the queue now, instead of at their next poll (a job was just sent). */
  kick(name: string): void;
  /** Enqueues inside the caller's transaction: a rollback enqueues nothing (ARCHITECTURE §2). */
  sendInTx<T extends object>(scope: Pick<Scope, 'tx'>, name: string, data: T, options?: SendOptions): Promise<string | null>;
  send<T extends object>(name: string, data: T, options?: SendOptions): Promise<string | null>;
  start(): Promise<void>;
  stop(): Promise<void>;
  readonly boss: PgBoss;
};

// Tenant transactions run as atende_app and enqueue jobs in that same transaction, so the role needs
// pg-boss's tables. Instances starting together would race on the catalog ("tuple concurrently
// updated"): the grants run one instance at a time under a transaction-scoped advisory lock.
const GRANT_LOCK = 7_151_424;
async function grantToAppRole(database: Database) {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${GRANT_LOCK})`);
    await tx.execute(sql`grant usage on schema pgboss to atende_app`);
    await tx.execute(sql`grant select, insert, update, delete on all tables in schema pgboss to atende_app`);
    await tx.execute(sql`grant usage, select on all sequences in schema pgboss to atende_app`);
    await tx.execute(sql`grant execute on all functions in schema pgboss to atende_app`);
  });
}

export function createJobs(database: Database, log: FastifyBaseLogger): Jobs {
  const boss =
    database.kind === 'pglite'
      ? new PgBoss({ db: fromPglite(database.pglite!), backend: 'pglite' })
      : new PgBoss({ connectionString: database.url, max: 4, application_name: 'atende-jobs' });
  boss.on('error', (err) => log.error({ err }, 'job queue error'));
  const registrations: Registration[] = [];
  const workerIds = new Map<string, string[]>();
  let started = false;

  return {
    boss,
    register(name, handler, opts = {}) {
      registrations.push({
        name,
        handler: handler as JobHandler<never>,
        work: opts.work ?? {},
        queue: { retryLimit: opts.retryLimit ?? 10, retryDelay: opts.retryDelay ?? 2, retryBackoff: opts.retryBackoff ?? true, policy: opts.policy },
      });
    },
    kick(name) {
      for (const id of workerIds.get(name) ?? []) boss.notifyWorker(id);
    },
    async sendInTx(scope, name, data, options = {}) {
      return boss.send(name, data, { ...options, db: fromDrizzle(scope.tx as never, sql as never) });
    },
    send(name, data, options = {}) {
      return boss.send(name, data, options);
    },
    async start() {
      await boss.start();
      await grantToAppRole(database);
      for (const r of registrations) {
        await boss.createQueue(r.name, r.queue).catch(async (err: unknown) => {
          if (!(await boss.getQueue(r.name))) throw err; // another instance created it first
        });
        const id = await boss.work(r.name, { pollingIntervalSeconds: 1, ...r.work }, async (jobs: Job<never>[]) => {
          for (const job of jobs) await r.handler(job.data, job);
        });
        workerIds.set(r.name, [...(workerIds.get(r.name) ?? []), id]);
      }
      await grantToAppRole(database); // queues created above (new partitions) too
      started = true;
    },
    async stop() {
      if (started) await boss.stop({ graceful: true, timeout: 5000 });
      started = false;
      workerIds.clear();
    },
  };
}
