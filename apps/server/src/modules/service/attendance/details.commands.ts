import type { newPanelAttendanceBody, patchAttendanceServiceBody } from '@atende/shared';
import type { z } from 'zod';
import type { Principal } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import type { Scope } from '../../../platform/db/tenant.js';
import { startManualAttendance, type AttendanceRow } from '../../attendances/index.js';
import { getPersonSummary } from '../../persons/index.js';
import { companyExists, teamExists } from '../../tenancy/index.js';
import { openingClassificationExists, originExists, originIdForChannelType } from '../config/api.js';
import { changeAttendance } from './access.js';
import { serviceRepo, type AttendancePatch } from './attendance-service.repository.js';
import { announce, recordEvent } from './journal.js';
import { enterProcess } from './process.commands.js';
import { applySlaPolicy } from './sla.engine.js';
import { attendanceServiceView } from './attendance-service.view.js';

// SPEC PAN-10 "Novo atendimento" and "Editar atendimento" (seed "Cadastro de atendimento").

type Patch = z.infer<typeof patchAttendanceServiceBody>;
type Address = NonNullable<Patch['address']>;

const addressColumns = {
  cep: 'addressCep',
  street: 'addressStreet',
  number: 'addressNumber',
  district: 'addressDistrict',
  city: 'addressCity',
  state: 'addressState',
  condo: 'addressCondo',
} as const;

/** Ids must be of this organization (RLS hides the others; a foreign key alone would accept them). */
async function assertRefs(
  s: Scope,
  b: { companyId?: string | null; teamId?: string | null; contactOriginId?: string | null; openingClassificationId?: string | null },
) {
  if (b.companyId && !(await companyExists(s, b.companyId))) throw new AppError('COMPANY_NOT_FOUND');
  if (b.teamId && !(await teamExists(s, b.teamId))) throw new AppError('TEAM_NOT_FOUND');
  if (b.contactOriginId && !(await originExists(s, b.contactOriginId))) throw new AppError('CONTACT_ORIGIN_NOT_FOUND');
  if (b.openingClassificationId && !(await openingClassificationExists(s, b.openingClassificationId))) throw new AppError('CLASSIFICATION_NOT_FOUND');
}

/** The columns that really change, and their names for the "details_changed" event. */
function diff(a: AttendanceRow, b: Omit<Patch, 'processId'>): { values: AttendancePatch; fields: string[] } {
  const values: Record<string, unknown> = {};
  const fields: string[] = [];
  for (const key of ['companyId', 'teamId', 'description', 'contactOriginId', 'openingClassificationId'] as const) {
    const v = b[key];
    if (v === undefined || v === a[key]) continue;
    values[key] = v;
    fields.push(key);
  }
  for (const [key, column] of Object.entries(addressColumns) as [keyof Address, (typeof addressColumns)[keyof Address]][]) {
    const v = b.address?.[key];
    if (v === undefined || (v || null) === a[column]) continue;
    values[column] = v || null;
    fields.push(`address.${key}`);
  }
  return { values: values as AttendancePatch, fields };
}

/**
 * Applies an edit in the caller's transaction: events per kind of change, SLA policy re-applied.
 * `creating`: the first values are part of 'created', not changes.
 */
async function applyDetails(s: Scope, a: AttendanceRow, b: Patch, now: Date, opts: { creating?: boolean } = {}): Promise<AttendanceRow> {
  await assertRefs(s, b);
  const { values, fields } = diff(a, b);
  let row = fields.length ? await serviceRepo.update(s, a.id, values) : a;
  // "Alteração de relato do cliente" is its own interaction (PAN-05).
  if (fields.includes('description') && !opts.creating) await recordEvent(s, a.id, 'description_changed', {});
  const others = fields.filter((f) => f !== 'description');
  if (others.length && !opts.creating) await recordEvent(s, a.id, 'details_changed', { fields: others });
  if (b.processId && b.processId !== row.processId) {
    if (row.processId) throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'body.processId', rule: 'process_already_set' }] });
    return enterProcess(s, row, b.processId, '', now, { requireSubprocess: false });
  }
  if (fields.includes('openingClassificationId')) row = await applySlaPolicy(s, row);
  return row;
}

export function patchServiceCommand(platform: Platform, p: Principal, id: string, body: Patch, now = new Date()) {
  return changeAttendance(platform, p, id, async (s, a) => void (await applyDetails(s, a, body, now)));
}

/** "Novo atendimento": in progress at once, served and opened by its creator, protocol issued (ATT-04). */
export function newPanelAttendanceCommand(platform: Platform, p: Principal, body: z.infer<typeof newPanelAttendanceBody>, now = new Date()) {
  return platform.tenant.asUser(p, async (s) => {
    const person = body.personId ? await getPersonSummary(s, body.personId) : null;
    if (body.personId && !person) throw new AppError('PERSON_NOT_FOUND');
    await assertRefs(s, body);
    const name = person?.name ?? body.contactName ?? null;
    let a = await startManualAttendance(platform, s, { userId: p.userId, personId: body.personId, contact: name ? { name } : {}, now });
    const contactOriginId = body.contactOriginId ?? (await originIdForChannelType(s, a.channelType));
    if (contactOriginId) a = await serviceRepo.update(s, a.id, { contactOriginId });
    a = await applyDetails(s, a, { ...body, contactOriginId: undefined, processId: body.processId ?? undefined }, now, { creating: true });
    // No classification or process: the default policy (neither) still applies.
    if (!a.slaPolicyId) await applySlaPolicy(s, a);
    await announce(platform, s, a.id);
    return attendanceServiceView(s, a.id);
  });
}
