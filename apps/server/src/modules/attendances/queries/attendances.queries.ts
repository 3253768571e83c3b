import type { Principal } from '../../../platform/auth/index.js';
import type { Platform } from '../../../platform/platform.js';
import type { Scope } from '../../../platform/db/tenant.js';
import { listStaff } from '../../tenancy/index.js';
import { readableAttendance } from '../access.js';
import { attendancesRepo, type MessageRow } from '../attendances.repository.js';
import { attachmentsRepo } from '../attachments.repository.js';
import { toMessage } from '../mappers.js';
import { summariesOf, summaryOf } from '../summaries.js';
import { surveysRepo } from '../surveys.repository.js';

/** Messages with their authors' names and attachment details. */
export async function renderMessages(s: Scope, rows: MessageRow[]) {
  const names = new Map((await listStaff(s)).map((u) => [u.id, u.name]));
  const files = await attachmentsRepo.infoByIds(
    s,
    rows.flatMap((m) => (m.attachmentId ? [m.attachmentId] : [])),
  );
  return rows.map((m) =>
    toMessage(m, m.authorId ? (names.get(m.authorId) ?? null) : null, m.attachmentId ? (files.get(m.attachmentId) ?? null) : null),
  );
}

/** WS-09: "Atendimento" (the agent's active work) and "Histórico" (finished, newest first). */
export function listAttendancesQuery(platform: Platform, p: Principal, view: 'active' | 'history', limit: number) {
  return platform.tenant.asUser(p, async (s) => {
    const rows = await attendancesRepo.listForAgent(s, p.userId, view === 'history', limit);
    // One lookup per list for the ratings too, as for the persons' names.
    const ratings =
      view === 'history'
        ? await surveysRepo.ratings(
            s,
            rows.map((r) => r.id),
          )
        : new Map<string, number>();
    return summariesOf(
      s,
      rows,
      rows.map((r) => ratings.get(r.id) ?? null),
    );
  });
}

/**
 * ATT-09, ATT-10: the whole transcript and the events timeline. Notes are staff-only by nature.
 * Readable beyond the agent's own (see `readableAttendance`): the person's history opens here.
 */
export function attendanceDetailQuery(platform: Platform, p: Principal, id: string) {
  return platform.tenant.asUser(p, async (s) => {
    const a = await readableAttendance(s, p, await attendancesRepo.byId(s, id));
    const messages = await attendancesRepo.messagesAfter(s, id, 0, true);
    const events = await attendancesRepo.events(s, id);
    const survey = await surveysRepo.byAttendance(s, id);
    const queuePosition = await attendancesRepo.queuePosition(s, a);
    return {
      attendance: await summaryOf(s, a, survey?.rating ?? null),
      messages: await renderMessages(s, messages),
      events: events.map((e) => ({
        id: e.id,
        type: e.type,
        actorId: e.actorId,
        actorToken: e.actorTokenId ? { id: e.actorTokenId, name: e.actorTokenName ?? '' } : null,
        data: e.data as Record<string, unknown>,
        createdAt: e.createdAt.toISOString(),
      })),
      queuePosition,
    };
  });
}

/** What a reconnecting client missed, in order (ARCHITECTURE §3: no message lost to a blip). */
export function messagesAfterQuery(platform: Platform, p: Principal, id: string, afterSeq: number) {
  return platform.tenant.asUser(p, async (s) => {
    await readableAttendance(s, p, await attendancesRepo.byId(s, id));
    return renderMessages(s, await attendancesRepo.messagesAfter(s, id, afterSeq, true));
  });
}
