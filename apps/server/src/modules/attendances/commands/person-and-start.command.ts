import type { Principal } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { getPersonSummary, rememberIdentity } from '../../persons/index.js';
import { canStartAttendance } from '../../tenancy/index.js';
import { assertCanAct, assertCanSee } from '../access.js';
import { attendancesRepo } from '../attendances.repository.js';
import { issueProtocol } from '../lifecycle.js';
import { toSummary } from '../mappers.js';

/**
 * SPEC PER-03 "Vincular": links (or unlinks, with null) a person; the channel identity is remembered,
 * so the next contact from it finds the person by itself.
 */
export function linkPersonCommand(platform: Platform, p: Principal, id: string, personId: string | null) {
  return platform.tenant.inTenant(p.organizationId, p.userId, async (s) => {
    const a = await attendancesRepo.lock(s, id);
    assertCanSee(p, a);
    assertCanAct(p, a);
    if (personId && !(await getPersonSummary(s, personId))) throw new AppError('PERSON_NOT_FOUND');
    const row = await attendancesRepo.update(s, id, { personId });
    if (personId && a.contactIdentity && a.channelType !== 'manual') await rememberIdentity(s, personId, a.channelType, a.contactIdentity);
    await attendancesRepo.addEvent(s, id, personId ? 'person_linked' : 'person_unlinked', { personId: personId ?? a.personId });
    await platform.events.emit(s, 'attendance.updated', { attendanceId: id });
    return toSummary(row);
  });
}

/** SPEC ATT-04 "INICIAR ATENDIMENTO": for users with the permission; the agent serves at once. */
export function startAttendanceCommand(platform: Platform, p: Principal, personId: string | null, now = new Date()) {
  return platform.tenant.inTenant(p.organizationId, p.userId, async (s) => {
    if (!(await canStartAttendance(s, p.userId))) throw new AppError('ATT_START_FORBIDDEN');
    const person = personId ? await getPersonSummary(s, personId) : null;
    if (personId && !person) throw new AppError('PERSON_NOT_FOUND');
    let a = await attendancesRepo.insert(s, {
      channelType: 'manual',
      status: 'in_progress',
      assigneeId: p.userId,
      assignedAt: now,
      firstResponseAt: now,
      personId,
      contact: person ? { name: person.name } : {},
    });
    await attendancesRepo.addEvent(s, a.id, 'created', { channelType: 'manual', startedBy: p.userId });
    a = await issueProtocol(platform, s, a, now);
    await platform.events.emit(s, 'attendance.updated', { attendanceId: a.id });
    return toSummary(a);
  });
}
