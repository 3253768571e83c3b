import type { PresenceChange } from '@atende/shared';
import type { Platform } from '../../../platform/platform.js';
import { presenceRepo } from '../presence.repository.js';
import { loadTargets } from '../targets.js';

/**
 * When memberships, queues or channels change, an agent may be logged into something they are no
 * longer linked to. Those intervals close ('unlinked'), so nobody shows online where they cannot serve.
 */
export async function reconcilePresenceCommand(platform: Platform, organizationId: string): Promise<string[]> {
  return platform.tenant.inTenant(organizationId, null, async (s) => {
    const touched: string[] = [];
    for (const userId of await presenceRepo.agentsWithOpenIntervals(s)) {
      await presenceRepo.lockAgent(s, userId);
      const targets = new Set((await loadTargets(s, userId)).map((t) => `${t.kind}:${t.id}`));
      const open = await presenceRepo.openIntervals(s, [userId]);
      const changes: PresenceChange[] = open
        .filter((i) => !targets.has(`${i.kind}:${i.targetId}`))
        .map((i) => ({ op: 'close', kind: i.kind, targetId: i.targetId }));
      if (!changes.length) continue;
      await presenceRepo.apply(s, userId, changes, null, 'unlinked', new Date());
      await platform.events.emit(s, 'presence.changed', { userId, action: 'reconcile', cause: 'unlinked', changes });
      touched.push(userId);
    }
    return touched;
  });
}
