import { and, arrayOverlaps, desc, eq, sql } from 'drizzle-orm';
import type { WebhookEvent } from '@atende/shared';
import { webhookDeliveries, webhookEndpoints } from '../../../db/schema/integrations.js';
import type { Scope } from '../../../platform/db/tenant.js';

export type EndpointRow = typeof webhookEndpoints.$inferSelect;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;
type EndpointFields = { url: string; events: WebhookEvent[]; description: string | null };

/** How many deliveries the log shows per endpoint, newest first. */
const LOG_SIZE = 100;

export const endpointsRepo = {
  list: (s: Scope) => s.tx.select().from(webhookEndpoints).orderBy(desc(webhookEndpoints.createdAt)),
  async byId(s: Scope, id: string): Promise<EndpointRow | undefined> {
    const [row] = await s.tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
    return row;
  },
  /** Enabled endpoints subscribed to at least one of these events (one read for a group of events). */
  subscribedToAny: (s: Scope, events: WebhookEvent[]) =>
    s.tx
      .select()
      .from(webhookEndpoints)
      .where(and(eq(webhookEndpoints.enabled, true), arrayOverlaps(webhookEndpoints.events, [...new Set(events)]))),
  /**
   * Whether the organization has an enabled endpoint subscribed to one of these events: a system read
   * (organization named explicitly), asked before opening a transaction for the deliveries.
   */
  async anySubscribed(s: { readonly tx: Scope['tx'] }, organizationId: string, events: WebhookEvent[]) {
    const [row] = await s.tx
      .select({ id: webhookEndpoints.id })
      .from(webhookEndpoints)
      .where(
        and(
          eq(webhookEndpoints.organizationId, organizationId),
          eq(webhookEndpoints.enabled, true),
          arrayOverlaps(webhookEndpoints.events, [...new Set(events)]),
        ),
      )
      .limit(1);
    return !!row;
  },
  async insert(s: Scope, values: EndpointFields & { secret: string }) {
    const [row] = await s.tx
      .insert(webhookEndpoints)
      .values({ ...values, organizationId: s.organizationId })
      .returning();
    return row!;
  },
  async update(s: Scope, id: string, values: Partial<EndpointFields> & { enabled?: boolean; disabledReason?: string | null; secret?: string }) {
    const [row] = await s.tx
      .update(webhookEndpoints)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(webhookEndpoints.id, id))
      .returning();
    return row;
  },
  async remove(s: Scope, id: string) {
    const rows = await s.tx.delete(webhookEndpoints).where(eq(webhookEndpoints.id, id)).returning({ id: webhookEndpoints.id });
    return rows.length > 0;
  },
};

export const deliveriesRepo = {
  log: (s: Scope, endpointId: string) =>
    s.tx
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.endpointId, endpointId))
      .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
      .limit(LOG_SIZE),
  async byId(s: Scope, id: string): Promise<DeliveryRow | undefined> {
    const [row] = await s.tx.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id));
    return row;
  },
  /** A new delivery; undefined when this event already has one for the endpoint (a listener run again). */
  async insert(s: Scope, values: { endpointId: string; eventId: number; eventType: WebhookEvent; payload: unknown }) {
    const id = crypto.randomUUID();
    const [row] = await s.tx
      .insert(webhookDeliveries)
      .values({ ...values, id, messageId: `msg_${id.replaceAll('-', '')}`, organizationId: s.organizationId })
      .onConflictDoNothing()
      .returning();
    return row;
  },
  async update(s: Scope, id: string, values: Partial<Omit<DeliveryRow, 'id' | 'organizationId' | 'endpointId'>>) {
    await s.tx.update(webhookDeliveries).set(values).where(eq(webhookDeliveries.id, id));
  },
};
