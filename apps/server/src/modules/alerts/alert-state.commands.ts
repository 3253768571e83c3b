import type { AlertView } from '@atende/shared';
import type { Principal } from '../../platform/auth/index.js';
import type { Scope } from '../../platform/db/tenant.js';
import { AppError } from '../../platform/errors.js';
import type { Platform } from '../../platform/platform.js';
import { toAlertView } from './alert-view.js';
import { alertsRepo } from './alerts.repository.js';
import { visibleAlert } from './alerts.queries.js';

// SPEC ALR-04: an alert is seen ("recebido pela equipe"), assumed and closed by staff of its team
// (or supervisors and admins). Each change emits `alert.changed` in its transaction.

async function changed(platform: Platform, s: Scope, id: string): Promise<AlertView> {
  const alert = toAlertView((await alertsRepo.byId(s, id))!);
  await platform.events.emit(s, 'alert.changed', { alert });
  return alert;
}

/** Idempotent: receivedAt is set once, by the first staff member who opens the alert. */
export function markSeenCommand(platform: Platform, p: Principal, id: string) {
  return platform.tenant.asUser(p, async (s) => {
    await visibleAlert(s, p, id);
    return (await alertsRepo.markSeen(s, id)) ? changed(platform, s, id) : toAlertView((await alertsRepo.byId(s, id))!);
  });
}

/** new → in_progress with the caller as assignee; a conditional update makes one of concurrent assumes win. */
export function assumeAlertCommand(platform: Platform, p: Principal, id: string) {
  return platform.tenant.asUser(p, async (s) => {
    await visibleAlert(s, p, id);
    if (await alertsRepo.assume(s, id, p.userId)) return changed(platform, s, id);
    const now = (await alertsRepo.byId(s, id))!;
    if (now.state === 'closed') throw new AppError('ALERT_CLOSED');
    if (now.assigneeId === p.userId) return toAlertView(now);
    throw new AppError('ALERT_ALREADY_ASSUMED');
  });
}

/** Closing needs a note (what was done); a closed alert stays closed. */
export function closeAlertCommand(platform: Platform, p: Principal, id: string, note: string) {
  return platform.tenant.asUser(p, async (s) => {
    await visibleAlert(s, p, id);
    if (!(await alertsRepo.close(s, id, p.userId, note))) throw new AppError('ALERT_CLOSED');
    return changed(platform, s, id);
  });
}
