import type { Platform } from '../../../platform/platform.js';
import type { Scope } from '../../../platform/db/tenant.js';
import { addAttendanceEvent } from '../../attendances/index.js';

// SPEC ATT-10, PAN-05: every change of service data is an interaction with its author (the scope's
// actor) and time; one 'attendance.updated' per command tells the screens and the panels.

export const recordEvent = (s: Scope, attendanceId: string, type: string, data: Record<string, unknown> = {}) => addAttendanceEvent(s, attendanceId, type, data);

export const announce = (platform: Platform, s: Scope, attendanceId: string, extra: Record<string, unknown> = {}) =>
  platform.events.emit(s, 'attendance.updated', { attendanceId, ...extra });
