import { and, asc, eq, isNull, or } from 'drizzle-orm';
import { classifications, processes, slaPolicies } from '../../../db/schema/service-config.js';
import type { Scope } from '../../../platform/db/tenant.js';

export type SlaPolicyRow = typeof slaPolicies.$inferSelect;
export type SlaPolicyView = SlaPolicyRow & { classificationName: string | null; processName: string | null };
type PolicyValues = Partial<Pick<SlaPolicyRow, 'name' | 'classificationId' | 'processId' | 'resolutionMinutes' | 'mode' | 'active'>>;

// SPEC PAN-04: resolution time per classification and/or process.
export const slaPoliciesRepo = {
  async list(s: Scope, id?: string): Promise<SlaPolicyView[]> {
    const rows = await s.tx
      .select({ policy: slaPolicies, classificationName: classifications.name, processName: processes.name })
      .from(slaPolicies)
      .leftJoin(classifications, eq(classifications.id, slaPolicies.classificationId))
      .leftJoin(processes, eq(processes.id, slaPolicies.processId))
      .where(id ? eq(slaPolicies.id, id) : undefined)
      .orderBy(asc(slaPolicies.name));
    return rows.map((r) => ({ ...r.policy, classificationName: r.classificationName, processName: r.processName }));
  },
  async byId(s: Scope, id: string) {
    const [row] = await s.tx.select().from(slaPolicies).where(eq(slaPolicies.id, id));
    return row;
  },
  async insert(s: Scope, values: Omit<SlaPolicyRow, 'id' | 'organizationId' | 'createdAt'>) {
    const [row] = await s.tx
      .insert(slaPolicies)
      .values({ ...values, organizationId: s.organizationId })
      .returning();
    return row!;
  },
  async update(s: Scope, id: string, values: PolicyValues) {
    if (Object.keys(values).length === 0) return this.byId(s, id);
    const [row] = await s.tx.update(slaPolicies).set(values).where(eq(slaPolicies.id, id)).returning();
    return row;
  },
  /** Active policies that could apply to this classification and process (each may be null). */
  candidates: (s: Scope, q: { classificationId: string | null; processId: string | null }) =>
    s.tx
      .select()
      .from(slaPolicies)
      .where(
        and(
          eq(slaPolicies.active, true),
          q.classificationId
            ? or(eq(slaPolicies.classificationId, q.classificationId), isNull(slaPolicies.classificationId))
            : isNull(slaPolicies.classificationId),
          q.processId ? or(eq(slaPolicies.processId, q.processId), isNull(slaPolicies.processId)) : isNull(slaPolicies.processId),
        ),
      ),
};
