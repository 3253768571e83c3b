import type { Scope } from '../../platform/db/tenant.js';
import { attendancesRepo, type AttendanceRow, type NewAttendance } from './attendances.repository.js';

// SPEC PAN-01…PAN-06: the service data the service module keeps on each attendance (company, team,
// report, address, process and subprocess, SLA, service orders). It is written with `setServiceData`;
// the lifecycle's columns (status, assignee, queue, protocol, closing) are not service data and
// change only through the lifecycle's named steps (issue item "one writer per state machine").

const SERVICE_DATA_COLUMNS = [
  'companyId',
  'teamId',
  'description',
  'contactOriginId',
  'openingClassificationId',
  'closingClassificationId',
  'processId',
  'subprocessId',
  'subprocessStartedAt',
  'subprocessDueAt',
  'addressCep',
  'addressStreet',
  'addressNumber',
  'addressDistrict',
  'addressCity',
  'addressState',
  'addressCondo',
  'slaPolicyId',
  'slaMode',
  'slaMinutes',
  'slaStartedAt',
  'slaDueAt',
  'slaPausedAt',
  'serviceOrderStatus',
] as const satisfies readonly (keyof NewAttendance)[];

const allowed = new Set<string>(SERVICE_DATA_COLUMNS);

export type ServiceData = Partial<Pick<NewAttendance, (typeof SERVICE_DATA_COLUMNS)[number]>>;

/** Writes service data and returns the fresh row. Anything else is refused, even behind a cast. */
export function setServiceData(s: Scope, id: string, values: ServiceData): Promise<AttendanceRow> {
  const foreign = Object.keys(values).filter((key) => !allowed.has(key));
  if (foreign.length) throw new Error(`not service data: ${foreign.join(', ')}`);
  return attendancesRepo.update(s, id, values);
}
