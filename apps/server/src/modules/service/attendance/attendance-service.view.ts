import type { AttendanceService } from '@atende/shared';
import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { attendances } from '../../../db/schema/attendances.js';
import { attendanceSubprocesses } from '../../../db/schema/attendance-service.js';
import { persons } from '../../../db/schema/persons.js';
import { classifications, contactOrigins, processes, subprocesses } from '../../../db/schema/service-config.js';
import { companies, teams, users } from '../../../db/schema/tenancy.js';
import { AppError } from '../../../platform/errors.js';
import type { Scope } from '../../../platform/db/tenant.js';
import { serviceOrdersRepo, toServiceOrder } from './service-orders.repository.js';
import { slaStatusOf } from './sla.engine.js';

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

/** SPEC PAN-01…PAN-06: one attendance's service data with every name resolved, as the panel shows it. */
export async function attendanceServiceView(s: Scope, id: string, now = new Date()): Promise<AttendanceService> {
  const assignee = alias(users, 'assignee');
  const opener = alias(users, 'opener');
  const finisher = alias(users, 'finisher');
  const opening = alias(classifications, 'opening');
  const closing = alias(classifications, 'closing');
  const [row] = await s.tx
    .select({
      a: attendances,
      companyName: companies.name,
      teamName: teams.name,
      personName: persons.name,
      personDocument: persons.document,
      originName: contactOrigins.name,
      openingName: opening.name,
      closingName: closing.name,
      processName: processes.name,
      subprocessName: subprocesses.name,
      assigneeName: assignee.name,
      openedByName: opener.name,
      finishedByName: finisher.name,
    })
    .from(attendances)
    .leftJoin(companies, eq(companies.id, attendances.companyId))
    .leftJoin(teams, eq(teams.id, attendances.teamId))
    .leftJoin(persons, eq(persons.id, attendances.personId))
    .leftJoin(contactOrigins, eq(contactOrigins.id, attendances.contactOriginId))
    .leftJoin(opening, eq(opening.id, attendances.openingClassificationId))
    .leftJoin(closing, eq(closing.id, attendances.closingClassificationId))
    .leftJoin(processes, eq(processes.id, attendances.processId))
    .leftJoin(subprocesses, eq(subprocesses.id, attendances.subprocessId))
    .leftJoin(assignee, eq(assignee.id, attendances.assigneeId))
    .leftJoin(opener, eq(opener.id, attendances.openedBy))
    .leftJoin(finisher, eq(finisher.id, attendances.finishedBy))
    .where(eq(attendances.id, id));
  if (!row) throw new AppError('ATT_NOT_FOUND');
  const { a } = row;
  const ender = alias(users, 'ender');
  const runs = await s.tx
    .select({ r: attendanceSubprocesses, processName: processes.name, subprocessName: subprocesses.name, endedByName: ender.name })
    .from(attendanceSubprocesses)
    .innerJoin(processes, eq(processes.id, attendanceSubprocesses.processId))
    .innerJoin(subprocesses, eq(subprocesses.id, attendanceSubprocesses.subprocessId))
    .leftJoin(ender, eq(ender.id, attendanceSubprocesses.endedBy))
    .where(eq(attendanceSubprocesses.attendanceId, id))
    .orderBy(asc(attendanceSubprocesses.startedAt), asc(attendanceSubprocesses.id));
  const orders = await serviceOrdersRepo.ofAttendance(s, id);
  const sla = await slaStatusOf(s, a, now);
  return {
    id: a.id,
    code: a.code,
    protocol: a.protocol,
    status: a.status,
    companyId: a.companyId,
    companyName: row.companyName,
    teamId: a.teamId,
    teamName: row.teamName,
    personId: a.personId,
    // Before a person is linked, the name the contact gave (PAN-01 "Nome/Documento").
    personName: row.personName ?? a.contact.name ?? null,
    personDocument: row.personDocument ?? a.contact.document ?? null,
    description: a.description,
    contactOriginId: a.contactOriginId,
    contactOriginName: row.originName,
    openingClassificationId: a.openingClassificationId,
    openingClassificationName: row.openingName,
    closingClassificationId: a.closingClassificationId,
    closingClassificationName: row.closingName ?? a.closingClassification,
    processId: a.processId,
    processName: row.processName,
    subprocessId: a.subprocessId,
    subprocessName: row.subprocessName,
    subprocessStartedAt: iso(a.subprocessStartedAt),
    subprocessDueAt: iso(a.subprocessDueAt),
    address: {
      cep: a.addressCep,
      street: a.addressStreet,
      number: a.addressNumber,
      district: a.addressDistrict,
      city: a.addressCity,
      state: a.addressState,
      condo: a.addressCondo,
    },
    assigneeId: a.assigneeId,
    assigneeName: row.assigneeName,
    openedById: a.openedBy,
    openedByName: row.openedByName,
    createdAt: a.createdAt.toISOString(),
    finishedAt: iso(a.finishedAt),
    finishedByName: row.finishedByName,
    sla: {
      policyId: a.slaPolicyId,
      mode: a.slaMode,
      minutes: a.slaMinutes,
      startedAt: iso(a.slaStartedAt),
      dueAt: iso(a.slaDueAt),
      pausedAt: iso(a.slaPausedAt),
      state: sla.state,
      remainingHours: sla.remainingHours,
    },
    serviceOrderStatus: a.serviceOrderStatus,
    serviceOrders: orders.map(toServiceOrder),
    subprocessRuns: runs.map(({ r, processName, subprocessName, endedByName }) => ({
      id: r.id,
      processName,
      subprocessName,
      startedAt: r.startedAt.toISOString(),
      dueAt: r.dueAt.toISOString(),
      endedAt: iso(r.endedAt),
      endedByName,
    })),
  };
}
