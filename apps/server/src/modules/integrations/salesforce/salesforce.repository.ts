import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { salesforceSettings, salesforceSyncs } from '../../../db/schema/integrations.js';
import type { Scope } from '../../../platform/db/tenant.js';

export type SettingsRow = typeof salesforceSettings.$inferSelect;
export type SyncRow = typeof salesforceSyncs.$inferSelect;
type SettingsFields = Partial<Omit<SettingsRow, 'organizationId' | 'updatedAt'>>;

/** How many syncs the integration log shows, newest first. */
const LOG_SIZE = 100;

export const settingsRepo = {
  async get(s: Scope): Promise<SettingsRow | undefined> {
    const [row] = await s.tx.select().from(salesforceSettings);
    return row;
  },
  async save(s: Scope, values: SettingsFields): Promise<SettingsRow> {
    const [row] = await s.tx
      .insert(salesforceSettings)
      .values({ ...values, organizationId: s.organizationId })
      .onConflictDoUpdate({ target: salesforceSettings.organizationId, set: { ...values, updatedAt: sql`now()` } })
      .returning();
    return row!;
  },
};

export const syncsRepo = {
  /** The call's sync row, made on first use (a listener run twice finds the same row). */
  async ensure(s: Scope, values: { callId: string; attendanceId: string | null; protocol: string | null }): Promise<SyncRow> {
    await s.tx
      .insert(salesforceSyncs)
      .values({ ...values, organizationId: s.organizationId })
      .onConflictDoNothing();
    const [row] = await s.tx.select().from(salesforceSyncs).where(eq(salesforceSyncs.callId, values.callId));
    return row!;
  },
  /**
   * A chat attendance's sync row (callId null), made on first use; `created` tells the first
   * caller, so only the first reply enqueues the Case and later replies cost one insert.
   */
  async ensureChat(s: Scope, values: { attendanceId: string; protocol: string | null }): Promise<{ row: SyncRow; created: boolean }> {
    const inserted = await s.tx
      .insert(salesforceSyncs)
      .values({ ...values, callId: null, organizationId: s.organizationId })
      .onConflictDoNothing()
      .returning({ id: salesforceSyncs.id });
    const [row] = await s.tx
      .select()
      .from(salesforceSyncs)
      .where(and(eq(salesforceSyncs.attendanceId, values.attendanceId), isNull(salesforceSyncs.callId)));
    return { row: row!, created: inserted.length > 0 };
  },
  async byId(s: Scope, id: string): Promise<SyncRow | undefined> {
    const [row] = await s.tx.select().from(salesforceSyncs).where(eq(salesforceSyncs.id, id));
    return row;
  },
  async ofAttendance(s: Scope, attendanceId: string): Promise<SyncRow | undefined> {
    const [row] = await s.tx
      .select()
      .from(salesforceSyncs)
      .where(eq(salesforceSyncs.attendanceId, attendanceId))
      .orderBy(desc(salesforceSyncs.createdAt))
      .limit(1);
    return row;
  },
  log: (s: Scope) => s.tx.select().from(salesforceSyncs).orderBy(desc(salesforceSyncs.updatedAt), desc(salesforceSyncs.id)).limit(LOG_SIZE),
  /** Takes the row for one job for `seconds`; false when another job holds it. */
  async claim(s: Scope, id: string, seconds: number): Promise<SyncRow | undefined> {
    const [row] = await s.tx
      .update(salesforceSyncs)
      .set({ lockedUntil: sql`now() + make_interval(secs => ${seconds})` })
      .where(and(eq(salesforceSyncs.id, id), or(isNull(salesforceSyncs.lockedUntil), lt(salesforceSyncs.lockedUntil, sql`now()`))))
      .returning();
    return row;
  },
  async update(s: Scope, id: string, values: Partial<Omit<SyncRow, 'id' | 'organizationId' | 'callId'>>) {
    await s.tx
      .update(salesforceSyncs)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(salesforceSyncs.id, id));
  },
};
