import type { AttendanceSummary, Message } from '@atende/shared';

// The agent's "Atendimento" list as pushes change it (SPEC WS-09, WS-10): pure functions over the
// cached `{ items }`, so the socket handlers stay small and the rules are tested alone.

export type SummaryList = { items: AttendanceSummary[] };

const ACTIVE = new Set<AttendanceSummary['status']>(['assigned', 'in_progress']);

/** Whether the attendance belongs in `userId`'s active list. */
export function isActiveFor(a: Pick<AttendanceSummary, 'assigneeId' | 'status'>, userId: string): boolean {
  return a.assigneeId === userId && ACTIVE.has(a.status);
}

const byAssignment = (a: AttendanceSummary, b: AttendanceSummary) =>
  Date.parse(a.assignedAt ?? a.enqueuedAt) - Date.parse(b.assignedAt ?? b.enqueuedAt);

/**
 * Adds, replaces or removes one attendance after a push: it stays while it is the user's and open.
 * A summary never takes the list back to an older message than it already knows.
 */
export function applySummary(list: SummaryList, summary: AttendanceSummary, userId: string): SummaryList {
  const index = list.items.findIndex((a) => a.id === summary.id);
  if (!isActiveFor(summary, userId)) return index < 0 ? list : { items: list.items.filter((a) => a.id !== summary.id) };
  const current = list.items[index];
  const next =
    current && current.lastSeq > summary.lastSeq
      ? { ...summary, lastSeq: current.lastSeq, unread: current.unread, lastMessageAt: current.lastMessageAt }
      : summary;
  const items = index < 0 ? [...list.items, next] : list.items.map((a, i) => (i === index ? next : a));
  return { items: items.sort(byAssignment) };
}

export function removeFromList(list: SummaryList, id: string): SummaryList {
  return list.items.some((a) => a.id === id) ? { items: list.items.filter((a) => a.id !== id) } : list;
}

/**
 * A new message moves the row's counters the way the server counts them: unread is everything
 * after what the agent read, and the agent's own message marks all before it read. Null when the
 * attendance is not in the list (the caller refetches).
 */
export function applyMessage(list: SummaryList, message: Message, openId: string | null): SummaryList | null {
  const index = list.items.findIndex((a) => a.id === message.attendanceId);
  const current = list.items[index];
  if (!current) return null;
  if (message.seq <= current.lastSeq) return list;
  const readSeq = current.lastSeq - current.unread;
  const unread = message.attendanceId === openId || message.authorKind === 'agent' ? 0 : message.seq - readSeq;
  const next = { ...current, lastSeq: message.seq, lastMessageAt: message.createdAt, unread };
  return { items: list.items.map((a, i) => (i === index ? next : a)) };
}

/** After the agent read up to the end of an attendance. */
export function markListRead(list: SummaryList, id: string): SummaryList {
  return list.items.some((a) => a.id === id && a.unread > 0) ? { items: list.items.map((a) => (a.id === id ? { ...a, unread: 0 } : a)) } : list;
}
