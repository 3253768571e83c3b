import { planPresence, type PresenceAction, type PresenceSnapshot } from '@atende/shared';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import type { Scope } from '../../../platform/db/tenant.js';
import { presenceRepo, type EndCause } from '../presence.repository.js';
import { snapshotQuery } from '../queries/snapshot.query.js';
import { loadTargets } from '../targets.js';

export type ChangeContext = { organizationId: string; actorId: string | null; cause: EndCause };

/** Plans and writes one presence action inside an open tenant transaction; returns whether anything changed. */
export async function changePresenceInTx(platform: Platform, s: Scope, userId: string, action: PresenceAction, cause: EndCause): Promise<boolean> {
  await presenceRepo.lockAgent(s, userId);
  // One connection per transaction: its queries run one after another (no Promise.all inside).
  const targets = await loadTargets(s, userId);
  const open = await presenceRepo.openIntervals(s, [userId]);
  const reasons = await presenceRepo.listPauseReasons(s);
  const active = new Set(reasons.filter((r) => r.active).map((r) => r.id));
  const plan = planPresence(action, targets, open, active);
  if (!plan.ok) throw new AppError(plan.error);
  if (!plan.changes.length) return false;
  const at = new Date();
  // A pause or resume closes and opens at the same instant: the old state ends because the state changed.
  const closeCause: EndCause = plan.changes.some((c) => c.op === 'open') ? 'state_change' : cause;
  await presenceRepo.apply(s, userId, plan.changes, s.actorId, closeCause, at);
  await platform.events.emit(s, 'presence.changed', { userId, action: action.type, cause, changes: plan.changes });
  return true;
}

/** SPEC WS-03…WS-06: the agent (cause 'self') or a supervisor (cause 'supervisor') changes presence. */
export async function changePresenceCommand(
  platform: Platform,
  ctx: ChangeContext,
  userId: string,
  action: PresenceAction,
): Promise<PresenceSnapshot> {
  return platform.tenant.inTenant(ctx.organizationId, ctx.actorId, async (s) => {
    await changePresenceInTx(platform, s, userId, action, ctx.cause);
    // Logging into a channel counts as being connected, so the grace period starts from here.
    if (action.type === 'login' && ctx.cause === 'self') await presenceRepo.touchInTenant(s, userId, new Date());
    return snapshotQuery(s, userId);
  });
}
