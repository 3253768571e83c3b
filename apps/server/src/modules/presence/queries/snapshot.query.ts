import { presenceSummary, type OpenInterval, type PresenceSnapshot, type TargetKind } from '@atende/shared';
import type { Scope } from '../../../platform/db/tenant.js';
import { presenceRepo } from '../presence.repository.js';
import { loadTargets, type TargetInfo } from '../targets.js';

export function buildSnapshot(
  userId: string,
  targets: TargetInfo[],
  open: OpenInterval[],
  reasonNames: Map<string, string>,
  now: Date,
): PresenceSnapshot {
  const group = (kind: TargetKind) => ({
    ...presenceSummary(kind, targets, open),
    targets: targets
      .filter((t) => t.kind === kind)
      .map((t) => {
        const i = open.find((o) => o.kind === t.kind && o.targetId === t.id);
        return {
          kind: t.kind,
          id: t.id,
          name: t.name,
          queueId: t.queueId,
          queueName: t.queueName,
          direction: t.direction,
          channelType: t.channelType,
          state: i?.state ?? ('offline' as const),
          reasonId: i?.reasonId ?? null,
          reasonName: i?.reasonId ? (reasonNames.get(i.reasonId) ?? null) : null,
          since: i ? i.since.toISOString() : null,
        };
      }),
  });
  return { userId, voice: group('voice_queue'), chat: group('chat_channel'), serverTime: now.toISOString() };
}

export async function reasonNames(s: Scope) {
  return new Map((await presenceRepo.listPauseReasons(s)).map((r) => [r.id, r.name]));
}

/** SPEC WS-03: the agent's channel buttons, lists and timers, from server-side intervals. */
export async function snapshotQuery(s: Scope, userId: string, now = new Date()): Promise<PresenceSnapshot> {
  const targets = await loadTargets(s, userId);
  const open = await presenceRepo.openIntervals(s, [userId]);
  const names = await reasonNames(s);
  return buildSnapshot(userId, targets, open, names, now);
}
