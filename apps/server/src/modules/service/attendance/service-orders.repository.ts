import type { ServiceOrder } from '@atende/shared';
import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { serviceOrders } from '../../../db/schema/attendance-service.js';
import type { Scope } from '../../../platform/db/tenant.js';

export type ServiceOrderRow = typeof serviceOrders.$inferSelect;
type Writable = Partial<Omit<typeof serviceOrders.$inferInsert, 'id' | 'organizationId' | 'code' | 'attendanceId'>>;

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const toServiceOrder = (o: ServiceOrderRow): ServiceOrder => ({
  id: o.id,
  code: o.code,
  attendanceId: o.attendanceId,
  status: o.status,
  scheduledAt: iso(o.scheduledAt),
  description: o.description,
  address: {
    cep: o.addressCep,
    street: o.addressStreet,
    number: o.addressNumber,
    district: o.addressDistrict,
    city: o.addressCity,
    state: o.addressState,
  },
  createdAt: o.createdAt.toISOString(),
  updatedAt: o.updatedAt.toISOString(),
});

/**
 * SPEC PAN-06: the attendance's "O.S." column summarises its orders: any without a schedule wins,
 * then any scheduled, then done; no order at all is "Inexistente".
 */
export function serviceOrderSummary(orders: Pick<ServiceOrderRow, 'status'>[]): 'none' | 'unscheduled' | 'scheduled' | 'done' {
  for (const status of ['unscheduled', 'scheduled', 'done'] as const) if (orders.some((o) => o.status === status)) return status;
  return 'none';
}

export const serviceOrdersRepo = {
  /** Orders not removed, oldest first. */
  ofAttendance: (s: Scope, attendanceId: string) =>
    s.tx
      .select()
      .from(serviceOrders)
      .where(and(eq(serviceOrders.attendanceId, attendanceId), isNull(serviceOrders.removedAt)))
      .orderBy(asc(serviceOrders.code)),
  async byId(s: Scope, id: string) {
    const [row] = await s.tx
      .select()
      .from(serviceOrders)
      .where(and(eq(serviceOrders.id, id), isNull(serviceOrders.removedAt)));
    return row;
  },
  async insert(s: Scope, attendanceId: string, values: Writable) {
    const [row] = await s.tx
      .insert(serviceOrders)
      .values({ ...values, attendanceId, organizationId: s.organizationId, createdBy: s.actorId })
      .returning();
    return row!;
  },
  /**
   * SPEC PER-04: the orders of these attendances (a person's), the latest visit first — by the
   * scheduled date, else the order's creation — one page at a time, with the total.
   */
  async ofAttendances(s: Scope, attendanceIds: string[], limit: number, offset: number) {
    if (!attendanceIds.length) return { rows: [], total: 0 };
    const where = and(inArray(serviceOrders.attendanceId, attendanceIds), isNull(serviceOrders.removedAt));
    const rows = await s.tx
      .select()
      .from(serviceOrders)
      .where(where)
      .orderBy(desc(sql`coalesce(${serviceOrders.scheduledAt}, ${serviceOrders.createdAt})`), desc(serviceOrders.code))
      .limit(limit)
      .offset(offset);
    const [total] = await s.tx.select({ n: count() }).from(serviceOrders).where(where);
    return { rows, total: total?.n ?? 0 };
  },
  async update(s: Scope, id: string, values: Writable) {
    const [row] = await s.tx.update(serviceOrders).set(values).where(eq(serviceOrders.id, id)).returning();
    return row!;
  },
};
