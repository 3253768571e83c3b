import { and, inArray, sql } from 'drizzle-orm';
import { loginAttempts } from '../../db/schema/tenancy.js';
import type { SystemScope } from '../../platform/db/tenant.js';

const inWindow = sql`${loginAttempts.windowStart} > now() - interval '1 minute'`;

/**
 * Login attempts are looked up before any tenant is known: system-scope reads and writes.
 * `count` records an attempt for every key and returns the highest count in the current one-minute
 * window in one upsert, so N concurrent guesses get N distinct counts (issue item: login limit raced).
 * Callers pass keys in a fixed order (e-mail, then address), so two statements lock rows in the same
 * order and cannot deadlock.
 */
export const loginAttemptsRepo = {
  async count(s: SystemScope, keys: string[]): Promise<number> {
    const rows = await s.tx
      .insert(loginAttempts)
      .values(keys.map((key) => ({ key })))
      .onConflictDoUpdate({
        target: loginAttempts.key,
        set: {
          count: sql`case when ${inWindow} then ${loginAttempts.count} + 1 else 1 end`,
          windowStart: sql`case when ${inWindow} then ${loginAttempts.windowStart} else now() end`,
        },
      })
      .returning({ count: loginAttempts.count });
    return Math.max(0, ...rows.map((r) => r.count));
  },
  /** A successful login gives its attempt back, so people who type their password right are not limited. */
  async giveBack(s: SystemScope, keys: string[]) {
    await s.tx
      .update(loginAttempts)
      .set({ count: sql`greatest(${loginAttempts.count} - 1, 0)` })
      .where(and(inArray(loginAttempts.key, keys), inWindow));
  },
  /** Drops windows older than an hour; rows a concurrent login holds are left for the next purge. */
  async purgeStale(s: SystemScope) {
    await s.tx.execute(sql`
      delete from login_attempts where key in (
        select key from login_attempts where window_start < now() - interval '1 hour' limit 500 for update skip locked)`);
  },
};
