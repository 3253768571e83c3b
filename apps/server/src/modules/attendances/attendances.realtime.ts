import { roleAtLeast, type AttendanceHandover } from '@atende/shared';
import type { Platform } from '../../platform/platform.js';
import { rooms } from '../../platform/realtime/realtime.js';
import { attendancesRepo } from './attendances.repository.js';
import { summaryOf } from './summaries.js';

export const attendanceRoom = (organizationId: string, attendanceId: string) => `org:${organizationId}:attendance:${attendanceId}`;

/** Pushes attendance changes to the agent's tabs and to whoever watches the attendance. */
export function registerAttendanceRealtime(platform: Platform) {
  const { events, realtime } = platform;

  const pushSummary = async (org: string, attendanceId: string, extraUserIds: unknown[] = []) => {
    const found = await platform.tenant.inTenant(org, null, async (s) => {
      const row = await attendancesRepo.byId(s, attendanceId);
      return row && { a: row, summary: await summaryOf(s, row) };
    });
    if (!found) return;
    const { a, summary } = found;
    const users = new Set([a.assigneeId, ...extraUserIds].filter((u): u is string => typeof u === 'string'));
    for (const u of users) realtime.publish(rooms.user(org, u), 'attendance.updated', summary);
    realtime.publish(attendanceRoom(org, a.id), 'attendance.updated', summary);
    return summary;
  };

  // WS-10: the offer reaches the agent's every tab, which raises the notification and the sound.
  events.on('attendance.assigned', 'attendances.realtime', async (e) => {
    const summary = await pushSummary(e.organizationId, e.payload.attendanceId);
    if (summary) realtime.publish(rooms.user(e.organizationId, e.payload.userId), 'attendance.offered', summary);
  });
  for (const type of ['attendance.transferred', 'attendance.finished', 'attendance.queued', 'attendance.rated', 'attendance.updated'] as const) {
    events.on(type, 'attendances.realtime', async (e) => {
      // Whoever took or left it sees the change too (transfer, finish, a supervisor's take/release).
      const { attendanceId, fromUserId, userId }: { attendanceId: string } & AttendanceHandover = e.payload;
      await pushSummary(e.organizationId, attendanceId, [fromUserId, userId]);
    });
  }
  // CH-02 at load: one emit per message, to the agent's tabs and whoever watches the attendance (the
  // agent watching it too gets it once).
  events.on('attendance.message', 'attendances.realtime', (e) => {
    const { message, assigneeId, attendanceId } = e.payload;
    const watching = attendanceRoom(e.organizationId, attendanceId);
    realtime.publish(assigneeId ? [rooms.user(e.organizationId, assigneeId), watching] : watching, 'attendance.message', message);
  });

  events.on('attendance.message.updated', 'attendances.realtime', (e) => {
    const { message, assigneeId, attendanceId } = e.payload;
    const watching = attendanceRoom(e.organizationId, attendanceId);
    realtime.publish(assigneeId ? [rooms.user(e.organizationId, assigneeId), watching] : watching, 'attendance.message.updated', message);
  });

  // A supervisor (or the agent in another view) follows one attendance live after an access check.
  realtime.onConnection((socket, p) => {
    socket.on('attendance.watch', async (id: unknown, ack?: (ok: boolean) => void) => {
      if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id)) return ack?.(false);
      const a = await platform.tenant.inTenant(p.organizationId, p.userId, (s) => attendancesRepo.byId(s, id)).catch(() => undefined);
      const allowed = Boolean(a && (a.assigneeId === p.userId || roleAtLeast(p.role, 'supervisor')));
      if (allowed) await socket.join(attendanceRoom(p.organizationId, id));
      ack?.(allowed);
    });
    socket.on('attendance.unwatch', (id: unknown) => {
      if (typeof id === 'string') void socket.leave(attendanceRoom(p.organizationId, id));
    });
  });
}
