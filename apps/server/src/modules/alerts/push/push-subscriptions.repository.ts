import { and, eq, inArray } from 'drizzle-orm';
import type { PushSubscriptionBody } from '@atende/shared';
import { pushSubscriptions } from '../../../db/schema/push.js';
import type { Scope } from '../../../platform/db/tenant.js';

export type PushSubscriptionRow = typeof pushSubscriptions.$inferSelect;
export type PushOwner = { appUserId: string } | { userId: string };

const ownerColumns = (o: PushOwner) => ('appUserId' in o ? { appUserId: o.appUserId, userId: null } : { appUserId: null, userId: o.userId });

const ownedBy = (o: PushOwner) => ('appUserId' in o ? eq(pushSubscriptions.appUserId, o.appUserId) : eq(pushSubscriptions.userId, o.userId));

export const pushSubscriptionsRepo = {
  /** Idempotent by endpoint: the same browser subscribing again (maybe as someone else) updates its row. */
  async upsert(s: Scope, owner: PushOwner, sub: PushSubscriptionBody) {
    const values = { ...ownerColumns(owner), p256dh: sub.keys.p256dh, auth: sub.keys.auth, locale: sub.locale ?? 'pt-BR' };
    await s.tx
      .insert(pushSubscriptions)
      .values({ organizationId: s.organizationId, endpoint: sub.endpoint, ...values })
      .onConflictDoUpdate({ target: [pushSubscriptions.organizationId, pushSubscriptions.endpoint], set: values });
  },
  async remove(s: Scope, owner: PushOwner, endpoint: string) {
    await s.tx.delete(pushSubscriptions).where(and(ownedBy(owner), eq(pushSubscriptions.endpoint, endpoint)));
  },
  removeById: (s: Scope, id: string) => s.tx.delete(pushSubscriptions).where(eq(pushSubscriptions.id, id)),
  byId: async (s: Scope, id: string): Promise<PushSubscriptionRow | undefined> =>
    (await s.tx.select().from(pushSubscriptions).where(eq(pushSubscriptions.id, id)))[0],
  ofAppUser: (s: Scope, appUserId: string) => s.tx.select().from(pushSubscriptions).where(eq(pushSubscriptions.appUserId, appUserId)),
  ofUsers: (s: Scope, userIds: string[]) =>
    userIds.length ? s.tx.select().from(pushSubscriptions).where(inArray(pushSubscriptions.userId, userIds)) : Promise.resolve([]),
};
