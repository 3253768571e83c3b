import type { Principal } from '../../../platform/auth/index.js';
import type { Platform } from '../../../platform/platform.js';
import { dropAssignee, resendSurvey, takeAttendance } from '../../attendances/index.js';
import { staffName } from '../../tenancy/index.js';
import { changeAttendance, lockVisibleAttendance } from './access.js';
import { announce, recordEvent } from './journal.js';

// SPEC PAN-05, PAN-10: "Resgate de atendimento" and "Liberação de atendimento" from the panel.

/** "Resgate": the caller becomes responsible. A waiting one leaves its queue as an offer to them. */
export function takeCommand(platform: Platform, p: Principal, id: string, now = new Date()) {
  return changeAttendance(
    platform,
    p,
    id,
    async (s, a) => {
      if (a.assigneeId === p.userId) return;
      await takeAttendance(platform, s, a, p.userId, now);
      await recordEvent(s, a.id, 'taken', { userName: p.name, fromUserId: a.assigneeId });
      return { userId: p.userId, fromUserId: a.assigneeId };
    },
    { openOnly: true },
  );
}

/**
 * "Liberação": nobody is responsible ("Sem resgate"). An offer not yet answered goes back to its
 * queue, so routing offers it again; one in progress stays in progress.
 */
export function releaseCommand(platform: Platform, p: Principal, id: string) {
  return changeAttendance(
    platform,
    p,
    id,
    async (s, a) => {
      if (!a.assigneeId) return;
      await dropAssignee(platform, s, a);
      await recordEvent(s, a.id, 'panel_released', { userName: await staffName(s, a.assigneeId), userId: a.assigneeId });
      return { fromUserId: a.assigneeId };
    },
    { openOnly: true },
  );
}

/** ATT-08 "Reenviar avaliação": the finish's message (protocol and survey link) sent again. */
export function resendSurveyCommand(platform: Platform, p: Principal, id: string, now = new Date()) {
  return platform.tenant.asUser(p, async (s) => {
    await lockVisibleAttendance(s, p, id);
    await resendSurvey(platform, s, id, now);
    await announce(platform, s, id);
  });
}
