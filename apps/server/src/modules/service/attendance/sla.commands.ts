import { newDueAfterIncrement } from '@atende/shared';
import type { Principal } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import type { Scope } from '../../../platform/db/tenant.js';
import type { AttendanceRow } from '../../attendances/index.js';
import { slaReasonById } from '../config/api.js';
import { assertNotFinished, changeAttendance, visibleAttendance } from './access.js';
import { serviceRepo } from './attendance-service.repository.js';
import { recordEvent } from './journal.js';
import { refreshSla, slaInputOf } from './sla.engine.js';

// SPEC PAN-04 "Modificar SLA": increment (reason of type increment, hours or days) or pause
// (reason of type pause; resumable), both behind "Tem certeza que deseja executar este processo agora?".

type Unit = 'hours' | 'days';
const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

/** Counting: a policy applies and no pause is open. */
const isCounting = (a: AttendanceRow) => a.slaMinutes != null && a.slaStartedAt != null && !a.slaPausedAt;

async function reasonFor(s: Scope, reasonId: string, type: 'increment' | 'pause') {
  const reason = await slaReasonById(s, reasonId);
  if (!reason) throw new AppError('SLA_REASON_NOT_FOUND');
  if (!reason.active || reason.type !== type) throw new AppError('SLA_REASON_TYPE_MISMATCH');
  return reason;
}

function assertConfirmed(confirm: unknown) {
  if (confirm !== true) throw new AppError('SLA_CONFIRMATION_REQUIRED');
}

/** "Novo prazo", shown read-only before the increment is confirmed. */
export function previewIncrementQuery(platform: Platform, p: Principal, id: string, q: { unit: Unit; quantity: number }, now = new Date()) {
  return platform.tenant.asUser(p, async (s) => {
    const a = await visibleAttendance(s, p, id);
    assertNotFinished(a);
    const input = isCounting(a) ? await slaInputOf(s, a) : null;
    if (!input) throw new AppError('SLA_NOT_COUNTING');
    return { currentDueAt: iso(a.slaDueAt), newDueAt: iso(newDueAfterIncrement(input, { at: now, unit: q.unit, quantity: q.quantity })) };
  });
}

export function incrementSlaCommand(
  platform: Platform,
  p: Principal,
  id: string,
  body: { reasonId: string; observations: string; unit: Unit; quantity: number; confirm?: unknown },
  now?: Date,
) {
  return changeAttendance(
    platform,
    p,
    id,
    async (s, a) => {
      assertConfirmed(body.confirm);
      const reason = await reasonFor(s, body.reasonId, 'increment');
      if (!isCounting(a)) throw new AppError('SLA_NOT_COUNTING');
      const { unit, quantity, observations } = body;
      // Taken after the row lock: concurrent increments are ordered as they were applied.
      const at = now ?? new Date();
      const intervention = await serviceRepo.addIntervention(s, {
        attendanceId: a.id,
        kind: 'increment',
        reasonId: reason.id,
        observations,
        unit,
        quantity,
        previousDueAt: a.slaDueAt,
        createdBy: s.actorId,
        createdAt: at,
      });
      const row = await refreshSla(s, a);
      await serviceRepo.updateIntervention(s, intervention.id, { newDueAt: row.slaDueAt });
      await recordEvent(s, a.id, 'sla_incremented', {
        reasonName: reason.name,
        unit,
        quantity,
        previousDueAt: iso(a.slaDueAt),
        newDueAt: iso(row.slaDueAt),
        observations,
      });
    },
    { openOnly: true },
  );
}

export function pauseSlaCommand(
  platform: Platform,
  p: Principal,
  id: string,
  body: { reasonId: string; observations: string; confirm?: unknown },
  now?: Date,
) {
  return changeAttendance(
    platform,
    p,
    id,
    async (s, a) => {
      assertConfirmed(body.confirm);
      const reason = await reasonFor(s, body.reasonId, 'pause');
      if (!isCounting(a)) throw new AppError('SLA_NOT_COUNTING');
      await serviceRepo.addIntervention(s, {
        attendanceId: a.id,
        kind: 'pause',
        reasonId: reason.id,
        observations: body.observations,
        previousDueAt: a.slaDueAt,
        createdBy: s.actorId,
        createdAt: now ?? new Date(),
      });
      await refreshSla(s, a);
      await recordEvent(s, a.id, 'sla_paused', { reasonName: reason.name, observations: body.observations });
    },
    { openOnly: true },
  );
}

/** The paused counting time pushes the due time (the calculator skips it). */
export function resumeSlaCommand(platform: Platform, p: Principal, id: string, body: { observations: string }, now?: Date) {
  return changeAttendance(
    platform,
    p,
    id,
    async (s, a) => {
      const open = await serviceRepo.openPause(s, a.id);
      if (!open) throw new AppError('SLA_NOT_PAUSED');
      await serviceRepo.updateIntervention(s, open.id, { resumedAt: now ?? new Date(), resumedBy: s.actorId });
      const row = await refreshSla(s, a);
      await serviceRepo.updateIntervention(s, open.id, { newDueAt: row.slaDueAt });
      await recordEvent(s, a.id, 'sla_resumed', { newDueAt: iso(row.slaDueAt), observations: body.observations });
    },
    { openOnly: true },
  );
}

/** "Histórico" of the attendance's SLA interventions, newest first. */
export function slaHistoryQuery(platform: Platform, p: Principal, id: string) {
  return platform.tenant.asUser(p, async (s) => {
    await visibleAttendance(s, p, id);
    const rows = await serviceRepo.history(s, id);
    return {
      items: rows.map(({ i, reasonName, createdByName, resumedByName }) => ({
        id: i.id,
        kind: i.kind,
        reasonName,
        observations: i.observations,
        unit: i.unit,
        quantity: i.quantity,
        previousDueAt: iso(i.previousDueAt),
        newDueAt: iso(i.newDueAt),
        createdAt: i.createdAt.toISOString(),
        createdByName,
        resumedAt: iso(i.resumedAt),
        resumedByName,
      })),
    };
  });
}
