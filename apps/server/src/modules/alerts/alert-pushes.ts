import { ALERT_APP_NAMESPACE, type AlertView } from '@atende/shared';
import type { Platform } from '../../platform/platform.js';
import { rooms } from '../../platform/realtime/realtime.js';
import { listStaff, teamById } from '../tenancy/index.js';
import { appUserRoom } from './app-session.js';

/**
 * SPEC ALR-02, ALR-04, ALR-06: after commit, every new or changed alert reaches the receiving team's
 * agents, the supervisors and admins (monitoring panel, by role room, so nobody gets it twice) and
 * the app user who fired it.
 */
export function registerAlertPushes(platform: Platform) {
  const push = async (type: 'alert.fired' | 'alert.changed', organizationId: string, alert: AlertView) => {
    const agents = alert.teamId
      ? await platform.tenant.inTenant(organizationId, null, async (s) => {
          const team = await teamById(s, alert.teamId!);
          const staff = await listStaff(s);
          return staff.filter((u) => u.role === 'agent' && team?.memberIds.includes(u.id)).map((u) => u.id);
        })
      : [];
    const targets = [
      rooms.role(organizationId, 'supervisor'),
      rooms.role(organizationId, 'admin'),
      ...agents.map((id) => rooms.user(organizationId, id)),
    ];
    for (const room of targets) platform.realtime.publish(room, type, alert);
    platform.realtime.publishIn(ALERT_APP_NAMESPACE, appUserRoom(organizationId, alert.appUser.id), 'alert', alert);
  };
  platform.events.on('alert.fired', 'alerts.push', (e) => push('alert.fired', e.organizationId, e.payload.alert));
  platform.events.on('alert.changed', 'alerts.push', (e) => push('alert.changed', e.organizationId, e.payload.alert));
}
