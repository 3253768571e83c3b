import {
  computeDue,
  defaultCalendar,
  toolRefusal,
  type BusinessCalendar,
  type PanelTool,
  type ToolOverrides,
  type WorkingSpan,
} from '@atende/shared';
import type { FastifyRequest } from 'fastify';
import { principalOf } from '../../../platform/auth/index.js';
import type { Scope } from '../../../platform/db/tenant.js';
import { AppError } from '../../../platform/errors.js';
import { calendarsRepo } from './calendars.repository.js';
import { classificationsRepo, contactOriginsRepo, slaReasonsRepo } from './catalog.repository.js';
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

/** An active SLA policy of this organization (RLS hides the others), for a request type (KB-01). */
export async function activeSlaPolicy(s: Scope, id: string): Promise<{ id: string; name: string } | null> {
  const row = await slaPoliciesRepo.byId(s, id);
  return row?.active ? { id: row.id, name: row.name } : null;
}

/**
 * SPEC KB-01: a request's due time under an SLA policy, by the same calculator as the attendances'
 * (business time in the company's calendar, or calendar time). Null when the policy is gone or
 * inactive: the caller falls back to its calendar days.
 */
export async function dueUnderPolicy(s: Scope, policyId: string, companyId: string | null, start: Date): Promise<Date | null> {
  const row = await slaPoliciesRepo.byId(s, policyId);
  if (!row?.active) return null;
  const calendar = await calendarFor(s, companyId);
  return computeDue({ calendar, mode: row.mode, start, durationMinutes: row.resolutionMinutes, interventions: [] });
}

/** The contact origin a channel type sets automatically (PAN-02); none when it is deactivated. */
export async function originIdForChannelType(s: Scope, channelType: string): Promise<string | null> {
  const key = originKeyByChannelType[channelType];
  if (!key) return null;
  const row = await contactOriginsRepo.byKey(s, key);
  return row?.active ? row.id : null;
}

/** A contact origin of this organization (RLS hides the others), active or not (PAN-02). */
export async function originExists(s: Scope, id: string): Promise<boolean> {
  return Boolean(await contactOriginsRepo.byId(s, id));
}

/** An opening classification of this organization; a closing one does not scope an opening (PAN-01, PAN-04). */
export async function openingClassificationExists(s: Scope, id: string): Promise<boolean> {
  return (await classificationsRepo.byId(s, id))?.kind === 'opening';
}

/** A configured closing classification by the name the agent wrote, case aside (PAN-01, ATT-07). */
export async function closingClassificationId(s: Scope, name: string): Promise<string | null> {
  return (await classificationsRepo.closingByName(s, name))?.id ?? null;
}

/** An active process, for forwarding an attendance to it (PAN-03). */
export async function activeProcess(s: Scope, id: string): Promise<{ id: string; name: string } | undefined> {
  const row = await processesRepo.byId(s, id);
  return row?.active ? { id: row.id, name: row.name } : undefined;
}

/** One subprocess, active or not: a run started under it still ends under its name (PAN-03). */
export async function subprocessById(s: Scope, id: string): Promise<{ id: string; name: string; position: number } | undefined> {
  const row = await processesRepo.subprocessById(s, id);
  return row ? { id: row.id, name: row.name, position: row.position } : undefined;
}

/** A process's active subprocesses, in order (PAN-03). */
export async function subprocessesOf(
  s: Scope,
  processId: string,
): Promise<Array<{ id: string; name: string; position: number; durationHours: number }>> {
  return (await processesRepo.listSubprocesses(s, processId))
    .filter((x) => x.active)
    .map(({ id, name, position, durationHours }) => ({ id, name, position, durationHours }));
}

export async function slaReasonById(
  s: Scope,
  id: string,
): Promise<{ id: string; name: string; type: 'increment' | 'pause'; active: boolean } | null> {
  const row = await slaReasonsRepo.byId(s, id);
  return row ? { id: row.id, name: row.name, type: row.type, active: row.active } : null;
}

/** The organization's "Permissões de ferramentas" overrides (ORG-03). */
export async function toolOverrides(s: Scope): Promise<ToolOverrides> {
  return toolPermissionsRepo.list(s);
}

/**
 * A preHandler: 403 unless the caller may use the tool: TOOL_FORBIDDEN for the role (ORG-03),
 * ATT_START_FORBIDDEN for "Novo atendimento" without the user's own permission (ORG-04).
 */
export function requireTool(tool: PanelTool) {
  return async (req: FastifyRequest) => {
    const p = principalOf(req);
    const overrides = await req.server.platform.tenant.asUser(p, toolOverrides);
    const refusal = toolRefusal(overrides, p, tool);
    if (refusal) throw new AppError(refusal);
  };
}
