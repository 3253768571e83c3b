import type { PresenceSnapshot, PresenceTargetView } from '@atende/shared';
import { lostTargets } from './presence-cache';

type Cause = NonNullable<PresenceSnapshot['change']>['cause'];

/** Changes the agent did not make and must be told about, by who or what made them. */
type AnnouncedCause = Extract<Cause, 'supervisor' | 'grace' | 'unlinked'>;
const announced = new Set<Cause>(['supervisor', 'grace', 'unlinked']);

export type PresenceNotice =
  | { kind: 'paused'; cause: 'supervisor'; targets: PresenceTargetView[]; reason: string }
  | { kind: 'loggedOut'; cause: AnnouncedCause; targets: PresenceTargetView[] };

/**
 * SPEC WS-10: what a pushed snapshot tells the agent. The server says on each push what caused the
 * change (its own request, a platform logout, a supervisor, the grace period, a removed queue
 * link), so the agent's own logout — from this tab, another tab or another computer, however late
 * its push arrives — is never announced as someone else's doing. A push without a cause says nothing.
 */
export function presenceNotices(prev: PresenceSnapshot, next: PresenceSnapshot): PresenceNotice[] {
  const change = next.change;
  if (!change || !announced.has(change.cause)) return [];
  // A supervisor acting on their own presence from "Agentes" did it themselves.
  if (change.cause === 'supervisor' && change.actorId === next.userId) return [];
  const cause = change.cause as AnnouncedCause;
  const { paused, loggedOut } = lostTargets(prev, next);
  const notices: PresenceNotice[] = [];
  // Only a supervisor pauses someone else (the grace period and unlinking log out).
  if (paused.length && cause === 'supervisor') notices.push({ kind: 'paused', cause, targets: paused, reason: paused[0]?.reasonName ?? '' });
  if (loggedOut.length) notices.push({ kind: 'loggedOut', cause, targets: loggedOut });
  return notices;
}
