import type { Principal } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { getPersonSummary, rememberIdentity } from '../../persons/index.js';
import { canStartAttendance } from '../../tenancy/index.js';
import { assertCanAct, readableAttendance } from '../access.js';
import { attendancesRepo } from '../attendances.repository.js';
import { startManualAttendance } from '../lifecycle.js';
import { toSummary } from '../mappers.js';
import { summaryOf } from '../summaries.js';

/**
 * SPEC PER-03 "Vincular": links (or unlinks, with null) a person; the channel identity is remembered,
 * so the next contact from it finds the person by itself.
 */
export function linkPersonCommand(platform: Platform, p: Principal, id: string, personId: string | null) {
  return platform.tenant.asUser(p, async (s) => {
    const a = await readableAttendance(s, p, await attendancesRepo.lock(s, id));
    assertCanAct(p, a);
    if (personId && !(await getPersonSummary(s, personId))) throw new AppError('PERSON_NOT_FOUND');
    const row = await attendancesRepo.update(s, id, { personId });
    if (personId && a.contactIdentity && a.channelType !== 'manual') await rememberIdentity(s, personId, a.channelType, a.contactIdentity);
    await attendancesRepo.addEvent(s, id, personId ? 'person_linked' : 'person_unlinked', { personId: personId ?? a.personId });
    await platform.events.emit(s, 'attendance.updated', { attendanceId: id });
    return summaryOf(s, row);
  });
}

/** SPEC ATT-04 "INICIAR ATENDIMENTO": for users with the permission; the agent serves at once. */
export function startAttendanceCommand(platform: Platform, p: Principal, personId: string | null, now = new Date()) {
  return platform.tenant.asUser(p, async (s) => {
    if (!(await canStartAttendance(s, p.userId))) throw new AppError('ATT_START_FORBIDDEN');
    const person = personId ? await getPersonSummary(s, personId) : null;
    if (personId && !person) throw new AppError('PERSON_NOT_FOUND');
    const a = await startManualAttendance(platform, s, { userId: p.userId, personId, contact: person ? { name: person.name } : {}, now });
    await platform.events.emit(s, 'attendance.updated', { attendanceId: a.id });
    // The person is already loaded: its name is the summary's.
    return toSummary(a, person?.name ?? null);
  });
}
