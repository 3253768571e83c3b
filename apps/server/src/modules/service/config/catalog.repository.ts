import { and, asc, eq, max, sql } from 'drizzle-orm';
import { classifications, contactOrigins, slaReasons } from '../../../db/schema/service-config.js';
import type { Scope } from '../../../platform/db/tenant.js';

export type ClassificationRow = typeof classifications.$inferSelect;
export type ContactOriginRow = typeof contactOrigins.$inferSelect;
export type SlaReasonRow = typeof slaReasons.$inferSelect;
type NameActive = { name?: string; active?: boolean };

// SPEC PAN-01/ATT-07 classifications, PAN-02 contact origins, PAN-04 SLA reasons: named lists
// admins extend and deactivate (rows stay: attendances point at them).
export const classificationsRepo = {
  list: (s: Scope, kind?: ClassificationRow['kind']) =>
    s.tx
      .select()
      .from(classifications)
      .where(kind ? eq(classifications.kind, kind) : undefined)
      .orderBy(asc(classifications.kind), asc(classifications.name)),
  async byId(s: Scope, id: string) {
    const [row] = await s.tx.select().from(classifications).where(eq(classifications.id, id));
    return row;
  },
  /** A closing classification by name, case aside (the agent's text at "Finalizar"). */
  async closingByName(s: Scope, name: string) {
    const [row] = await s.tx
      .select()
      .from(classifications)
      .where(and(eq(classifications.kind, 'closing'), sql`lower(${classifications.name}) = lower(${name})`));
    return row;
  },
  async insert(s: Scope, values: { kind: ClassificationRow['kind']; name: string }) {
    const [row] = await s.tx
      .insert(classifications)
      .values({ ...values, organizationId: s.organizationId })
      .returning();
    return row!;
  },
  async update(s: Scope, id: string, values: NameActive) {
    if (Object.keys(values).length === 0) return this.byId(s, id);
    const [row] = await s.tx.update(classifications).set(values).where(eq(classifications.id, id)).returning();
    return row;
  },
};

export const contactOriginsRepo = {
  list: (s: Scope) => s.tx.select().from(contactOrigins).orderBy(asc(contactOrigins.position), asc(contactOrigins.name)),
  async byId(s: Scope, id: string) {
    const [row] = await s.tx.select().from(contactOrigins).where(eq(contactOrigins.id, id));
    return row;
  },
  async byKey(s: Scope, key: string) {
    const [row] = await s.tx.select().from(contactOrigins).where(eq(contactOrigins.key, key));
    return row;
  },
  /** An admin's own origin (no key), listed after the others. */
  async insert(s: Scope, values: { name: string }) {
    const [last] = await s.tx.select({ position: max(contactOrigins.position) }).from(contactOrigins);
    const [row] = await s.tx
      .insert(contactOrigins)
      .values({ ...values, key: null, position: (last?.position ?? 0) + 1, organizationId: s.organizationId })
      .returning();
    return row!;
  },
  /** The built-in origins; existing keys (or names) are left as the admin keeps them. */
  async insertBuiltIn(s: Scope, rows: Array<{ key: string; name: string; position: number }>) {
    await s.tx
      .insert(contactOrigins)
      .values(rows.map((r) => ({ ...r, organizationId: s.organizationId })))
      .onConflictDoNothing();
  },
  async update(s: Scope, id: string, values: NameActive) {
    if (Object.keys(values).length === 0) return this.byId(s, id);
    const [row] = await s.tx.update(contactOrigins).set(values).where(eq(contactOrigins.id, id)).returning();
    return row;
  },
};

export const slaReasonsRepo = {
  list: (s: Scope, type?: SlaReasonRow['type']) =>
    s.tx
      .select()
      .from(slaReasons)
      .where(type ? eq(slaReasons.type, type) : undefined)
      .orderBy(asc(slaReasons.type), asc(slaReasons.name)),
  async byId(s: Scope, id: string) {
    const [row] = await s.tx.select().from(slaReasons).where(eq(slaReasons.id, id));
    return row;
  },
  async insert(s: Scope, values: { type: SlaReasonRow['type']; name: string }) {
    const [row] = await s.tx
      .insert(slaReasons)
      .values({ ...values, organizationId: s.organizationId })
      .returning();
    return row!;
  },
  async update(s: Scope, id: string, values: NameActive) {
    if (Object.keys(values).length === 0) return this.byId(s, id);
    const [row] = await s.tx.update(slaReasons).set(values).where(eq(slaReasons.id, id)).returning();
    return row;
  },
};
