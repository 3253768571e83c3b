import type { Principal } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import type { Scope } from '../../../platform/db/tenant.js';
import type { AttendanceRow } from '../../attendances/index.js';
import { activeProcess, subprocessById, subprocessesOf } from '../config/api.js';
import { changeAttendance } from './access.js';
import { serviceRepo, type AttendancePatch } from './attendance-service.repository.js';
import { recordEvent } from './journal.js';
import { applySlaPolicy } from './sla.engine.js';

// SPEC PAN-03: an attendance runs through its process's subprocesses, one open run at a time,
// mirrored on the attendance (subprocess_id, subprocess_due_at) for the panel grids.

type Sub = { id: string; name: string; durationHours: number };
const HOUR = 3_600_000;

/** "Fim Previsto" = start + the subprocess's configured duration. */
async function startRun(s: Scope, a: AttendanceRow, processId: string, sub: Sub, now: Date): Promise<AttendancePatch> {
  const dueAt = new Date(now.getTime() + sub.durationHours * HOUR);
  await serviceRepo.addRun(s, { attendanceId: a.id, processId, subprocessId: sub.id, startedAt: now, dueAt, startedBy: s.actorId });
  await recordEvent(s, a.id, 'subprocess_started', { subprocessName: sub.name, dueAt: dueAt.toISOString() });
  return { subprocessId: sub.id, subprocessStartedAt: now, subprocessDueAt: dueAt };
}

const noSubprocess: AttendancePatch = { subprocessId: null, subprocessStartedAt: null, subprocessDueAt: null };

/** "Encerramento do subprocesso Y": ends the open run, if any; returns it. */
async function endOpenRun(s: Scope, a: AttendanceRow, comment: string, now: Date) {
  const run = await serviceRepo.openRun(s, a.id);
  if (!run) return undefined;
  await serviceRepo.endRun(s, run.id, now);
  const sub = await subprocessById(s, run.subprocessId);
  await recordEvent(s, a.id, 'subprocess_closed', { subprocessName: sub?.name ?? null, comment });
  return { run, position: sub?.position ?? Number.MAX_SAFE_INTEGER };
}

/**
 * "Encaminhando atendimento para novo processo X": ends the current run and starts the process's first
 * subprocess. The SLA policy may depend on the process, so it is applied again.
 */
export async function enterProcess(s: Scope, a: AttendanceRow, processId: string, comment: string, now: Date, opts: { requireSubprocess: boolean }) {
  const process = await activeProcess(s, processId);
  if (!process) throw new AppError('PROCESS_NOT_FOUND');
  const [first] = await subprocessesOf(s, process.id);
  if (!first && opts.requireSubprocess) throw new AppError('PROCESS_HAS_NO_SUBPROCESS');
  await endOpenRun(s, a, comment, now);
  await recordEvent(s, a.id, 'process_forwarded', { processName: process.name, comment });
  const running = first ? await startRun(s, a, process.id, first, now) : noSubprocess;
  const row = await serviceRepo.update(s, a.id, { processId: process.id, ...running });
  return row.processId === a.processId ? row : applySlaPolicy(s, row);
}

export function forwardCommand(platform: Platform, p: Principal, id: string, body: { processId: string; comment: string }, now = new Date()) {
  return changeAttendance(
    platform,
    p,
    id,
    async (s, a) => void (await enterProcess(s, a, body.processId, body.comment, now, { requireSubprocess: true })),
    { openOnly: true },
  );
}

/** Ends the open subprocess and starts the next one of the process; none left → no subprocess. */
export function closeSubprocessCommand(platform: Platform, p: Principal, id: string, body: { comment: string }, now = new Date()) {
  return changeAttendance(
    platform,
    p,
    id,
    async (s, a) => {
      const ended = await endOpenRun(s, a, body.comment, now);
      if (!ended) throw new AppError('SUBPROCESS_NOT_OPEN');
      const list = await subprocessesOf(s, ended.run.processId);
      const at = list.findIndex((x) => x.id === ended.run.subprocessId);
      const next = at >= 0 ? list[at + 1] : list.find((x) => x.position > ended.position);
      await serviceRepo.update(s, a.id, next ? await startRun(s, a, ended.run.processId, next, now) : noSubprocess);
    },
    { openOnly: true },
  );
}
