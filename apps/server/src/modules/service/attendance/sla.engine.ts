import { computeDue, slaState, type SlaInput, type SlaIntervention } from '@atende/shared';
import type { Scope } from '../../../platform/db/tenant.js';
import type { AttendanceRow } from '../../attendances/index.js';
import { calendarFor, resolveSlaPolicy } from '../config/api.js';
import { serviceRepo, type InterventionRow } from './attendance-service.repository.js';
import { recordEvent } from './journal.js';

// SPEC PAN-04: the stored due time (attendances.sla_due_at) is always what the pure calculator gives
// for the attendance's start, policy and calendar and every intervention so far — never a running sum.

const toIntervention = (i: InterventionRow): SlaIntervention =>
  i.kind === 'increment'
    ? { kind: 'increment', at: i.createdAt, unit: i.unit ?? 'hours', quantity: i.quantity ?? 0 }
    : { kind: 'pause', at: i.createdAt, resumedAt: i.resumedAt };

/** The calculator's input for this attendance, or null when it has no SLA. */
export async function slaInputOf(s: Scope, a: AttendanceRow): Promise<SlaInput | null> {
  if (a.slaMinutes == null || !a.slaMode || !a.slaStartedAt) return null;
  const rows = await serviceRepo.interventions(s, a.id);
  return {
    calendar: await calendarFor(s, a.companyId),
    mode: a.slaMode,
    start: a.slaStartedAt,
    durationMinutes: a.slaMinutes,
    interventions: rows.map(toIntervention),
  };
}

/** Recomputes and stores the due time (null while paused) and the open pause's start. */
export async function refreshSla(s: Scope, a: AttendanceRow): Promise<AttendanceRow> {
  const input = await slaInputOf(s, a);
  if (!input) return serviceRepo.update(s, a.id, { slaDueAt: null, slaPausedAt: null });
  const open = input.interventions.find((i) => i.kind === 'pause' && !i.resumedAt);
  return serviceRepo.update(s, a.id, { slaDueAt: computeDue(input), slaPausedAt: open?.at ?? null });
}

/** "Em dia" / "Atrasado" / paused, and "Restantes (hrs)", for the view. */
export async function slaStatusOf(s: Scope, a: AttendanceRow, now: Date) {
  const input = await slaInputOf(s, a);
  if (!input) return { state: 'none' as const, remainingHours: null };
  const st = slaState({ ...input, now: a.finishedAt ?? now });
  return { state: st.state, remainingHours: st.remainingHours };
}

/**
 * (Re)applies the policy of the attendance's opening classification and process ("Padrões de SLA e
 * classificação definidos"). The SLA counts from the opening; interventions already made still apply.
 * `silent`: the defaults filled in at creation are part of 'created', not an interaction of their own.
 */
export async function applySlaPolicy(s: Scope, a: AttendanceRow, opts: { silent?: boolean } = {}): Promise<AttendanceRow> {
  const record = (data: Record<string, unknown>) => (opts.silent ? undefined : recordEvent(s, a.id, 'sla_defined', data));
  const policy = await resolveSlaPolicy(s, { classificationId: a.openingClassificationId, processId: a.processId });
  if (!policy) {
    if (!a.slaPolicyId && a.slaMinutes == null) return a;
    const row = await serviceRepo.update(s, a.id, {
      slaPolicyId: null,
      slaMode: null,
      slaMinutes: null,
      slaStartedAt: null,
      slaDueAt: null,
      slaPausedAt: null,
    });
    await record({ policyName: null, dueAt: null });
    return row;
  }
  if (a.slaPolicyId === policy.id && a.slaMinutes === policy.resolutionMinutes && a.slaMode === policy.mode) return a;
  const withPolicy = await serviceRepo.update(s, a.id, {
    slaPolicyId: policy.id,
    slaMode: policy.mode,
    slaMinutes: policy.resolutionMinutes,
    slaStartedAt: a.slaStartedAt ?? a.createdAt,
  });
  const row = await refreshSla(s, withPolicy);
  await record({ policyName: policy.name, dueAt: row.slaDueAt?.toISOString() ?? null });
  return row;
}
