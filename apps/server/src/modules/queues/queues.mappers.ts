import type { Channel, Queue } from '@atende/shared';
import type { queues } from '../../db/schema/routing.js';
import { preChatOf } from './pre-chat.js';

export const toQueue = (q: typeof queues.$inferSelect & { members: { userId: string; capacity: number }[] }): Queue => ({
  id: q.id,
  name: q.name,
  kind: q.kind,
  direction: q.direction,
  policy: q.policy,
  companyId: q.companyId,
  active: q.active,
  members: q.members,
});

export const toChannel = (c: {
  id: string;
  name: string;
  type: Channel['type'];
  queueId: string;
  token: string;
  active: boolean;
  settings: unknown;
}): Channel => ({
  id: c.id,
  name: c.name,
  type: c.type,
  queueId: c.queueId,
  token: c.token,
  active: c.active,
  preChat: c.type === 'webchat' ? preChatOf(c.settings) : null,
});
