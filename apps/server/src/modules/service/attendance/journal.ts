import type { AttendanceHandover } from '@atende/shared';
import type { Platform } from '../../../platform/platform.js';
import type { Scope } from '../../../platform/db/tenant.js';

// SPEC ATT-10, PAN-05: every change of service data is an interaction with its author (the scope's
// actor) and time; one 'attendance.updated' per command tells the screens and the panels.

export { addAttendanceEvent as recordEvent } from '../../attendances/index.js';

export const announce = (platform: Platform, s: Scope, attendanceId: string, extra: AttendanceHandover = {}) =>
  platform.events.emit(s, 'attendance.updated', { attendanceId, ...extra });
