import { roleAtLeast, type AlertView, type alertsQuery } from '@atende/shared';
import type { z } from 'zod';
import type { Principal } from '../../platform/auth/index.js';
import type { Scope } from '../../platform/db/tenant.js';
import { AppError } from '../../platform/errors.js';
import type { Platform } from '../../platform/platform.js';
import { teamIdsOfUser } from '../tenancy/index.js';
import type { AppPrincipal } from './app-session.js';
import { toAlertView } from './alert-view.js';
import { alertsRepo, type AlertFilter, type AlertWithAssignee } from './alerts.repository.js';
import { settingsRepo } from './settings.repository.js';

/** The teams whose alerts this staff member sees: every team for supervisors and admins (undefined). */
export async function visibleTeams(s: Scope, p: Principal): Promise<string[] | undefined> {
  return roleAtLeast(p.role, 'supervisor') ? undefined : teamIdsOfUser(s, p.userId);
}

/** An alert this staff member may see and act on, else ALERT_NOT_FOUND (another team's is not revealed). */
export async function visibleAlert(s: Scope, p: Principal, id: string): Promise<AlertWithAssignee> {
  const alert = await alertsRepo.byId(s, id);
  const teams = await visibleTeams(s, p);
  if (!alert || (teams && (!alert.teamId || !teams.includes(alert.teamId)))) throw new AppError('ALERT_NOT_FOUND');
  return alert;
}

/** SPEC ALR-06: the monitoring panel's list and counts per level, for the caller's teams. */
export function listAlertsQuery(platform: Platform, p: Principal, q: z.infer<typeof alertsQuery>) {
  return platform.tenant.asUser(p, async (s) => {
    const filter: AlertFilter = {
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      level: q.level,
      state: q.state,
      teamIds: await visibleTeams(s, p),
    };
    const [rows, counts] = await Promise.all([alertsRepo.list(s, filter), alertsRepo.counts(s, filter)]);
    return { alerts: rows.map(toAlertView), counts };
  });
}

export function getAlertQuery(platform: Platform, p: Principal, id: string): Promise<AlertView> {
  return platform.tenant.asUser(p, async (s) => toAlertView(await visibleAlert(s, p, id)));
}

/** SPEC ALR-01: the app user's own alerts, newest first. */
export function ownAlertsQuery(platform: Platform, p: AppPrincipal) {
  return platform.tenant.inTenant(p.organizationId, null, async (s) => ({
    alerts: (await alertsRepo.list(s, { appUserId: p.appUserId }, 50)).map(toAlertView),
  }));
}

/** SPEC ALR-06: supervisors and admins, and agents of the receiving team, see "Início" of the Canal de Alertas. */
export function monitorAccessQuery(platform: Platform, p: Principal) {
  return platform.tenant.asUser(p, async (s) => {
    if (roleAtLeast(p.role, 'supervisor')) return { monitor: true };
    const { teamId } = await settingsRepo.get(s);
    return { monitor: Boolean(teamId && (await teamIdsOfUser(s, p.userId)).includes(teamId)) };
  });
}
