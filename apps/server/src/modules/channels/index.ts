// Channels (ARCHITECTURE §3): the organization's channels and, today, the web-chat widget (SPEC CH-01).
export { channelsPlugin } from './channels.plugin.js';
export { seedChannelsDemo } from './seed-demo.js';

import type { ChannelType } from '@atende/shared';
import type { Scope } from '../../platform/db/tenant.js';
import { channelsRepo } from './channels.repository.js';

export type QueueChannel = { id: string; name: string; type: ChannelType; queueId: string };
/** The active channels feeding any of these queues. */
export const channelsForQueues = (s: Scope, queueIds: string[]): Promise<QueueChannel[]> => channelsRepo.forQueues(s, queueIds);
