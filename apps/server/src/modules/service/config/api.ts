import { defaultCalendar, toolAllowed, type BusinessCalendar, type PanelTool, type ToolOverrides, type WorkingSpan } from '@atende/shared';
import type { FastifyRequest } from 'fastify';
import { principalOf } from '../../../platform/auth/index.js';
import type { Scope } from '../../../platform/db/tenant.js';
import { AppError } from '../../../platform/errors.js';
import { calendarsRepo } from './calendars.repository.js';
import { contactOriginsRepo, slaReasonsRepo } from './catalog.repository.js';
import { originKeyByChannelType } from './contact-origins.js';
import { processesRepo } from './processes.repository.js';
import { slaPoliciesRepo } from './sla-policies.repository.js';
import { toolPermissionsRepo } from './tool-permissions.repository.js';

// What the rest of the service module (and other modules, through service/index.ts) asks of the
// configuration (SPEC PAN-02…PAN-04, ORG-03). Every function runs in the caller's tenant scope.

/** The company's business calendar, else the organization's default, else the built-in default. */
export async function calendarFor(s: Scope, companyId: string | null): Promise<BusinessCalendar> {
  const row = await calendarsRepo.forCompany(s, companyId);
  if (!row) return defaultCalendar();
  const own = await calendarsRepo.holidays(s, row.id);
  return { timeZone: row.timeZone, hours: row.hours as WorkingSpan[], holidays: own.map((h) => h.date), nationalHolidays: row.nationalHolidays };
}

/** The most specific active SLA policy for a classification and process (PAN-04). */
export async function resolveSlaPolicy(
  s: Scope,
  q: { classificationId: string | null; processId: string | null },
): Promise<{ id: string; name: string; resolutionMinutes: number; mode: 'business' | 'calendar' } | null> {
  // Classification + process beats classification alone, which beats process alone, then neither.
  const rank = (p: { classificationId: string | null; processId: string | null }) => (p.classificationId ? 2 : 0) + (p.processId ? 1 : 0);
  const [best] = (await slaPoliciesRepo.candidates(s, q)).sort((a, b) => rank(b) - rank(a));
  return best ? { id: best.id, name: best.name, resolutionMinutes: best.resolutionMinutes, mode: best.mode } : null;
}

/** The contact origin a channel type sets automatically (PAN-02); none when it is deactivated. */
export async function originIdForChannelType(s: Scope, channelType: string): Promise<string | null> {
  const key = originKeyByChannelType[channelType];
  if (!key) return null;
  const row = await contactOriginsRepo.byKey(s, key);
  return row?.active ? row.id : null;
}

/** A process's active subprocesses, in order (PAN-03). */
export async function subprocessesOf(s: Scope, processId: string): Promise<Array<{ id: string; name: string; position: number; durationHours: number }>> {
  return (await processesRepo.listSubprocesses(s, processId)).filter((x) => x.active).map(({ id, name, position, durationHours }) => ({ id, name, position, durationHours }));
}

export async function slaReasonById(s: Scope, id: string): Promise<{ id: string; name: string; type: 'increment' | 'pause'; active: boolean } | null> {
  const row = await slaReasonsRepo.byId(s, id);
  return row ? { id: row.id, name: row.name, type: row.type, active: row.active } : null;
}

/** The organization's "Permissões de ferramentas" overrides (ORG-03). */
export async function toolOverrides(s: Scope): Promise<ToolOverrides> {
  return toolPermissionsRepo.list(s);
}

/** A preHandler: 403 TOOL_FORBIDDEN unless the caller's role may use the tool (ORG-03). */
export function requireTool(tool: PanelTool) {
  return async (req: FastifyRequest) => {
    const p = principalOf(req);
    const overrides = await req.server.platform.tenant.asUser(p, toolOverrides);
    if (!toolAllowed(overrides, p.role, tool)) throw new AppError('TOOL_FORBIDDEN');
  };
}
