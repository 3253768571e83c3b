import { sql } from 'drizzle-orm';
import type { Database, Tx } from './client.js';
import { pgTransaction, tenantPrelude } from './pg-transaction.js';

/**
 * What a use case gets inside a tenant-scoped transaction (SPEC ORG-01). Repositories take a
 * Scope, never a bare database handle, so tenant data can only be touched inside one.
 */
export type Scope = {
  readonly tx: Tx;
  readonly organizationId: string;
  /** The user acting, when there is one (audit, event authorship). */
  readonly actorId: string | null;
  /**
   * SPEC PLT-02: the API token the user acts through (`Authorization: Bearer`), so an audit tells
   * an integration's action from the person's own click. Absent for sessions and system work.
   */
  readonly actorToken?: ActorToken | null;
  /** Runs after a successful commit (never on rollback): realtime pushes, in-process dispatch. */
  onCommit(fn: () => void): void;
  /** Runs when the transaction fails, before the error reaches the caller: undoing work outside the database (a stored blob). */
  onRollback(fn: () => Promise<void>): void;
};

export type ActorToken = { id: string; name: string };

/** A system transaction: no tenant, not subject to RLS. For auth lookups, seeding and dispatch only. */
export type SystemScope = { readonly tx: Tx; onCommit(fn: () => void): void; onRollback(fn: () => Promise<void>): void };

export type TenantRunner = {
  inTenant<T>(organizationId: string, actorId: string | null, fn: (scope: Scope) => Promise<T>): Promise<T>;
  inSystem<T>(fn: (scope: SystemScope) => Promise<T>): Promise<T>;
  /**
   * One read outside any transaction and RLS (no begin, settings or commit around it): for a hot
   * lone system read whose answer needs no atomicity with anything else. Writes go through inSystem.
   */
  readSystem<T>(fn: (scope: { readonly tx: Tx }) => Promise<T>): Promise<T>;
  /** inTenant for a signed-in user: their organization, with them (and the token they came with, if any) as the actor. */
  asUser<T>(user: { organizationId: string; userId: string; token?: ActorToken }, fn: (scope: Scope) => Promise<T>): Promise<T>;
};

type Hooks = { onCommit(fn: () => void): void; onRollback(fn: () => Promise<void>): void };

/** `prelude` (PostgreSQL): the BEGIN and settings sent in one round trip, see pg-transaction.ts. */
async function transaction<T>(database: Database, body: (tx: Tx, hooks: Hooks) => Promise<T>, prelude?: string) {
  const after: (() => void)[] = [];
  const undo: (() => Promise<void>)[] = [];
  let result: T;
  try {
    const run = (tx: Tx) => body(tx, { onCommit: (fn) => after.push(fn), onRollback: (fn) => undo.push(fn) });
    result = prelude ? await pgTransaction(database.db, prelude, run) : await database.db.transaction((tx) => run(tx as Tx));
  } catch (error) {
    // Best effort: the transaction's own error is the one the caller must see.
    await Promise.allSettled(undo.map((fn) => fn()));
    throw error;
  }
  for (const fn of after) {
    try {
      fn();
    } catch {
      // An after-commit hook must never turn a committed change into a reported failure.
    }
  }
  return result;
}

export function createTenantRunner(database: Database): TenantRunner {
  const inTenant = <T>(organizationId: string, actorId: string | null, actorToken: ActorToken | null, fn: (scope: Scope) => Promise<T>) => {
    // SET LOCAL: both settings end with the transaction, so a pooled connection never leaks a tenant.
    // set_config('role', …, true) is SET LOCAL ROLE (the role RLS applies to). On PostgreSQL they
    // go with the BEGIN, in one round trip; otherwise right after it.
    const prelude = database.kind === 'postgres' ? tenantPrelude(organizationId) : undefined;
    return transaction(
      database,
      async (tx, hooks) => {
        if (!prelude) {
          await tx.execute(sql`select set_config('app.organization_id', ${organizationId}, true), set_config('role', 'atende_app', true)`);
        }
        return fn({ tx, organizationId, actorId, actorToken, ...hooks });
      },
      prelude,
    );
  };
  return {
    inTenant(organizationId, actorId, fn) {
      return inTenant(organizationId, actorId, null, fn);
    },
    asUser(user, fn) {
      return inTenant(user.organizationId, user.userId, user.token ? { id: user.token.id, name: user.token.name } : null, fn);
    },
    inSystem(fn) {
      return transaction(database, (tx, hooks) => fn({ tx, ...hooks }));
    },
    readSystem(fn) {
      // The pool's own handle answers the same query builder as a transaction's.
      return fn({ tx: database.db as unknown as Tx });
    },
  };
}
