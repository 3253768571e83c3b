import { fillScript, type AttendanceScript, type attendanceScriptBody, type updateAttendanceScriptBody } from '@atende/shared';
import type { z } from 'zod';
import type { Principal } from '../../platform/auth/index.js';
import type { Scope } from '../../platform/db/tenant.js';
import { AppError } from '../../platform/errors.js';
import type { Platform } from '../../platform/platform.js';
import { getPersonSummary } from '../persons/index.js';
import { companyExists } from '../tenancy/index.js';
import { visibleAttendance } from './attendance-access.js';
import { scriptsRepo, type ScriptRow } from './scripts.repository.js';

// SPEC ATT-11 "Script de Atendimento": admins keep the scripts; agents read them during an attendance.

const toScript = ({ id, title, body, companyIds, active }: ScriptRow): AttendanceScript => ({ id, title, body, companyIds, active });

export const listScriptsQuery = (platform: Platform, p: Principal) =>
  platform.tenant.asUser(p, async (s) => ({ items: (await scriptsRepo.list(s)).map(toScript) }));

async function assertCompanies(s: Scope, ids: string[] | undefined) {
  for (const id of ids ?? []) if (!(await companyExists(s, id))) throw new AppError('COMPANY_NOT_FOUND');
}

export function createScriptCommand(platform: Platform, p: Principal, body: z.infer<typeof attendanceScriptBody>) {
  return platform.tenant.asUser(p, async (s) => {
    await assertCompanies(s, body.companyIds);
    return toScript(await scriptsRepo.insert(s, { ...body, companyIds: [...new Set(body.companyIds)] }));
  });
}

export function updateScriptCommand(platform: Platform, p: Principal, id: string, body: z.infer<typeof updateAttendanceScriptBody>) {
  return platform.tenant.asUser(p, async (s) => {
    await assertCompanies(s, body.companyIds);
    const row = await scriptsRepo.update(s, id, body.companyIds ? { ...body, companyIds: [...new Set(body.companyIds)] } : body);
    if (!row) throw new AppError('SCRIPT_NOT_FOUND');
    return toScript(row);
  });
}

export function removeScriptCommand(platform: Platform, p: Principal, id: string) {
  return platform.tenant.asUser(p, async (s) => {
    if (!(await scriptsRepo.remove(s, id))) throw new AppError('SCRIPT_NOT_FOUND');
  });
}

/**
 * The active scripts for the attendance's company (a script naming no company serves all), with
 * `{nome_cliente}` (the linked person, else the name the contact gave), `{protocolo}` and
 * `{nome_agente}` (the reader) filled.
 */
export function attendanceScriptsQuery(platform: Platform, p: Principal, attendanceId: string) {
  return platform.tenant.asUser(p, async (s) => {
    const a = await visibleAttendance(s, p, attendanceId);
    const person = a.personId ? await getPersonSummary(s, a.personId) : null;
    const values = { nome_cliente: person?.name ?? a.contact?.name ?? '', protocolo: a.protocol ?? '', nome_agente: p.name };
    const scripts = (await scriptsRepo.list(s)).filter(
      (x) => x.active && (!x.companyIds.length || (a.companyId && x.companyIds.includes(a.companyId))),
    );
    return { items: scripts.map((x) => ({ id: x.id, title: x.title, text: fillScript(x.body, values) })) };
  });
}
