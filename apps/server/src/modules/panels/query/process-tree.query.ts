import type { ProcessTree } from '@atende/shared';
import { sql } from 'drizzle-orm';
import type { Scope } from '../../../platform/db/tenant.js';
import { rowsOf } from '../../../platform/db/rows.js';
import { round2 } from './row-mapper.js';

// SPEC PAN-07 "Processo x Subprocesso": open attendances in a subprocess, grouped by process and
// subprocess with counts; each folder lists its attendances by "Fim Previsto" (at most
// ROWS_PER_FOLDER of them — the count tells how many there are).
const ROWS_PER_FOLDER = 100;

export async function processTreeQuery(s: Scope, now = new Date()): Promise<ProcessTree> {
  // Counts per subprocess first, then each folder's first rows through the open-subprocess index
  // (a window over every open attendance would sort them all).
  const rows = rowsOf(
    await s.tx.execute(sql`
      with folders as (
        select a.subprocess_id, count(*)::int as folder_count
        from attendances a
        where a.organization_id = ${s.organizationId} and a.status <> 'finished' and a.subprocess_id is not null
        group by a.subprocess_id
      )
      select t.*, f.folder_count, f.subprocess_id, pr.id as process_id, pr.name as process_name, sp.name as subprocess_name, ua.name as assignee_name
      from folders f
      join subprocesses sp on sp.id = f.subprocess_id
      join processes pr on pr.id = sp.process_id
      cross join lateral (
        select a.id, a.code, a.protocol, a.assignee_id, a.address_city, a.address_district, a.address_street, a.subprocess_due_at
        from attendances a
        where a.organization_id = ${s.organizationId} and a.status <> 'finished' and a.subprocess_id = f.subprocess_id
        order by a.subprocess_due_at, a.code
        limit ${ROWS_PER_FOLDER}
      ) t
      left join users ua on ua.id = t.assignee_id
      order by pr.name, sp.position, t.subprocess_due_at, t.code`),
  );
  const processes = new Map<string, ProcessTree['processes'][number]>();
  for (const r of rows) {
    const processId = String(r.process_id ?? '');
    const proc = processes.get(processId) ?? { processId, processName: String(r.process_name), count: 0, subprocesses: [] };
    processes.set(processId, proc);
    let folder = proc.subprocesses.find((f) => f.subprocessId === r.subprocess_id);
    if (!folder) {
      folder = { subprocessId: String(r.subprocess_id), subprocessName: String(r.subprocess_name), count: Number(r.folder_count), rows: [] };
      proc.subprocesses.push(folder);
      proc.count += folder.count;
    }
    const due = r.subprocess_due_at == null ? null : new Date(r.subprocess_due_at as string | Date);
    folder.rows.push({
      id: String(r.id),
      code: Number(r.code),
      assigneeName: (r.assignee_name as string | null) ?? null,
      protocol: (r.protocol as string | null) ?? null,
      city: (r.address_city as string | null) ?? null,
      district: (r.address_district as string | null) ?? null,
      street: (r.address_street as string | null) ?? null,
      subprocessDueAt: due?.toISOString() ?? null,
      late: !!due && due.getTime() < now.getTime(),
      remainingHours: due ? round2((due.getTime() - now.getTime()) / 3_600_000) : null,
    });
  }
  return { processes: [...processes.values()] };
}
