import { asc, eq, max } from 'drizzle-orm';
import { processes, subprocesses } from '../../../db/schema/service-config.js';
import type { Scope } from '../../../platform/db/tenant.js';

export type ProcessRow = typeof processes.$inferSelect;
export type SubprocessRow = typeof subprocesses.$inferSelect;

// SPEC PAN-03: processes and their subprocesses (ordered by `position`, 1-based).
export const processesRepo = {
  list: (s: Scope) => s.tx.select().from(processes).orderBy(asc(processes.name)),
  async byId(s: Scope, id: string) {
    const [row] = await s.tx.select().from(processes).where(eq(processes.id, id));
    return row;
  },
  async insert(s: Scope, values: { name: string; active?: boolean }) {
    const [row] = await s.tx
      .insert(processes)
      .values({ ...values, organizationId: s.organizationId })
      .returning();
    return row!;
  },
  async update(s: Scope, id: string, values: { name?: string; active?: boolean }) {
    if (Object.keys(values).length === 0) return this.byId(s, id);
    const [row] = await s.tx.update(processes).set(values).where(eq(processes.id, id)).returning();
    return row;
  },

  /** Every subprocess of the organization (or of one process), in process order. */
  listSubprocesses: (s: Scope, processId?: string) =>
    s.tx
      .select()
      .from(subprocesses)
      .where(processId ? eq(subprocesses.processId, processId) : undefined)
      .orderBy(asc(subprocesses.position), asc(subprocesses.createdAt)),
  async subprocessById(s: Scope, id: string) {
    const [row] = await s.tx.select().from(subprocesses).where(eq(subprocesses.id, id));
    return row;
  },
  /** Appends after the process's last subprocess. */
  async insertSubprocess(s: Scope, processId: string, values: { name: string; durationHours: number }) {
    const [last] = await s.tx
      .select({ position: max(subprocesses.position) })
      .from(subprocesses)
      .where(eq(subprocesses.processId, processId));
    const position = (last?.position ?? 0) + 1;
    const [row] = await s.tx
      .insert(subprocesses)
      .values({ ...values, processId, position, organizationId: s.organizationId })
      .returning();
    return row!;
  },
  async updateSubprocess(s: Scope, id: string, values: { name?: string; durationHours?: number; active?: boolean; position?: number }) {
    if (Object.keys(values).length === 0) return this.subprocessById(s, id);
    const [row] = await s.tx.update(subprocesses).set(values).where(eq(subprocesses.id, id)).returning();
    return row;
  },
};
