import { and, asc, eq, inArray } from 'drizzle-orm';
import { channels } from '../../db/schema/channels.js';
import type { Scope, SystemScope } from '../../platform/db/tenant.js';

export type NewChannel = Omit<typeof channels.$inferInsert, 'organizationId'>;

export const channelsRepo = {
  list: (s: Scope) => s.tx.select().from(channels).orderBy(asc(channels.name)),
  forQueues(s: Scope, queueIds: string[]) {
    if (!queueIds.length) return Promise.resolve([]);
    return s.tx
      .select({ id: channels.id, name: channels.name, type: channels.type, queueId: channels.queueId })
      .from(channels)
      .where(and(inArray(channels.queueId, queueIds), eq(channels.active, true)))
      .orderBy(asc(channels.name));
  },
  /** Widgets and webhooks name their channel by its public token, before any tenant is known. */
  async byToken(s: SystemScope, token: string) {
    const [row] = await s.tx.select().from(channels).where(eq(channels.token, token));
    return row;
  },
  ofType: (s: SystemScope, type: (typeof channels.$inferSelect)['type']) => s.tx.select().from(channels).where(eq(channels.type, type)),
  byProviderKeys(s: SystemScope, type: (typeof channels.$inferSelect)['type'], keys: string[]) {
    if (!keys.length) return Promise.resolve([]);
    return s.tx
      .select()
      .from(channels)
      .where(and(eq(channels.type, type), inArray(channels.providerKey, keys)));
  },
  async byId(s: Scope, id: string) {
    const [row] = await s.tx.select().from(channels).where(eq(channels.id, id));
    return row;
  },
  async update(s: Scope, id: string, values: Partial<NewChannel>) {
    const [row] = await s.tx.update(channels).set(values).where(eq(channels.id, id)).returning();
    return row;
  },
  async insert(s: Scope, values: NewChannel) {
    const [row] = await s.tx
      .insert(channels)
      .values({ ...values, organizationId: s.organizationId })
      .returning();
    return row!;
  },
};
