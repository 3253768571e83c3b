import type { Process, processBody, subprocessBody, Subprocess, updateProcessBody, updateSubprocessBody } from '@atende/shared';
import type { z } from 'zod';
import type { Principal } from '../../../../platform/auth/index.js';
import type { Scope } from '../../../../platform/db/tenant.js';
import { AppError } from '../../../../platform/errors.js';
import type { Platform } from '../../../../platform/platform.js';
import { processesRepo, type ProcessRow, type SubprocessRow } from '../processes.repository.js';
import { read, write } from '../run.js';

export const toSubprocess = ({ id, name, position, durationHours, active }: SubprocessRow): Subprocess => ({
  id,
  name,
  position,
  durationHours,
  active,
});
const toProcess = (p: ProcessRow, subs: SubprocessRow[]): Process => ({
  id: p.id,
  name: p.name,
  active: p.active,
  subprocesses: subs.filter((x) => x.processId === p.id).map(toSubprocess),
});

async function processView(s: Scope, id: string) {
  const row = await processesRepo.byId(s, id);
  if (!row) throw new AppError('PROCESS_NOT_FOUND');
  return toProcess(row, await processesRepo.listSubprocesses(s, id));
}

// SPEC PAN-03: processes are deactivated, never deleted: attendances and their runs point at them.
export async function listProcessesQuery(platform: Platform, p: Principal): Promise<Process[]> {
  return read(platform, p, async (s) => {
    // One transaction, one connection: the two reads run in turn.
    const rows = await processesRepo.list(s);
    const subs = await processesRepo.listSubprocesses(s);
    return rows.map((row) => toProcess(row, subs));
  });
}

export function createProcessCommand(platform: Platform, p: Principal, body: z.infer<typeof processBody>) {
  return write(platform, p, { entity: 'process', action: 'created' }, async (s) => processView(s, (await processesRepo.insert(s, body)).id));
}

export function updateProcessCommand(platform: Platform, p: Principal, id: string, body: z.infer<typeof updateProcessBody>) {
  return write(platform, p, { entity: 'process', action: 'updated', id }, async (s) => {
    if (!(await processesRepo.update(s, id, body))) throw new AppError('PROCESS_NOT_FOUND');
    return processView(s, id);
  });
}

export function createSubprocessCommand(platform: Platform, p: Principal, processId: string, body: z.infer<typeof subprocessBody>) {
  return write(platform, p, { entity: 'subprocess', action: 'created' }, async (s) => {
    if (!(await processesRepo.byId(s, processId))) throw new AppError('PROCESS_NOT_FOUND');
    return toSubprocess(await processesRepo.insertSubprocess(s, processId, body));
  });
}

/** Moves one subprocess to a 1-based place and renumbers its siblings 1…n, keeping their order. */
async function reorder(s: Scope, row: SubprocessRow, position: number) {
  const siblings = (await processesRepo.listSubprocesses(s, row.processId)).filter((x) => x.id !== row.id);
  siblings.splice(Math.min(position, siblings.length + 1) - 1, 0, row);
  for (const [index, sub] of siblings.entries()) {
    if (sub.position !== index + 1 || sub.id === row.id) await processesRepo.updateSubprocess(s, sub.id, { position: index + 1 });
  }
}

export function updateSubprocessCommand(platform: Platform, p: Principal, id: string, body: z.infer<typeof updateSubprocessBody>) {
  return write(platform, p, { entity: 'subprocess', action: 'updated', id }, async (s) => {
    const { position, ...fields } = body;
    const row = await processesRepo.updateSubprocess(s, id, fields);
    if (!row) throw new AppError('SUBPROCESS_NOT_FOUND');
    if (position !== undefined) await reorder(s, row, position);
    return toSubprocess((await processesRepo.subprocessById(s, id))!);
  });
}
