import { NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type { Db, Tx } from './client.js';

// SPEC CH-02 at load: on PostgreSQL every round trip to the server costs a socket write, the
// largest share of a busy instance's time. A tenant transaction's BEGIN and its settings are sent
// as one simple-protocol query (several statements, no parameters), one round trip instead of two;
// the rest is drizzle's own transaction over the same pooled connection.

type PgInternals = {
  session: {
    client: pg.Pool;
    dialect: ConstructorParameters<typeof NodePgSession>[1];
    schema: ConstructorParameters<typeof NodePgSession>[2];
    options: ConstructorParameters<typeof NodePgSession>[3];
  };
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The BEGIN and tenant settings of one transaction, inlined: only for an id that is a UUID (never user text). */
export function tenantPrelude(organizationId: string) {
  if (!UUID.test(organizationId)) return undefined;
  return `begin; select set_config('app.organization_id', '${organizationId}', true), set_config('role', 'atende_app', true)`;
}

/** Runs `body` in a transaction on a pooled PostgreSQL connection, opened by `prelude` (which must begin it). */
export async function pgTransaction<T>(db: Db, prelude: string, body: (tx: Tx) => Promise<T>): Promise<T> {
  const { session } = db as unknown as PgInternals;
  const client = await session.client.connect();
  let broken: Error | undefined;
  try {
    const tx = new NodePgTransaction(session.dialect, new NodePgSession(client, session.dialect, session.schema, session.options), session.schema);
    await client.query(prelude);
    try {
      const result = await body(tx as unknown as Tx);
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback').catch((e: Error) => (broken = e));
      throw error;
    }
  } finally {
    // A connection that could not even roll back is closed, not handed to the next caller.
    client.release(broken);
  }
}
