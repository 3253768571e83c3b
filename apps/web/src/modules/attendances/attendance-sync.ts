import type { AttendanceSummary, Message } from '@atende/shared';
import type { QueryClient } from '@tanstack/react-query';
import { attendanceKeys, messagesAfter, type AttendanceDetail } from './api';
import { applyMessage, applySummary, markListRead, type SummaryList } from './attendance-list';
import { lastContactAt, lastSeq, mergeMessages, missingAfter, replaceMessage } from './message-log';
import { stopContactTyping } from './typing';

// Keeps the cached list and open conversations in step with pushes, and fetches what pushes
// missed (ARCHITECTURE §3). Query data is only ever merged into, never replaced by older data.

let openId: string | null = null;

/** The attendance on screen: its messages count as read as they arrive. */
export function setOpenAttendance(id: string | null): void {
  openId = id;
}

const activeKey = attendanceKeys.list('active');

function updateList(queryClient: QueryClient, fn: (list: SummaryList) => SummaryList | null): void {
  const list = queryClient.getQueryData<SummaryList>(activeKey);
  if (!list) return; // not loaded yet: its fetch brings everything
  const next = fn(list);
  if (next) queryClient.setQueryData(activeKey, next);
  else void queryClient.invalidateQueries({ queryKey: activeKey });
}

function mergeIntoDetail(queryClient: QueryClient, id: string, messages: Message[]): AttendanceDetail | undefined {
  const key = attendanceKeys.detail(id);
  const detail = queryClient.getQueryData<AttendanceDetail>(key);
  if (!detail) return undefined;
  const merged = mergeMessages(detail.messages, messages);
  const attendance = {
    ...detail.attendance,
    lastSeq: Math.max(detail.attendance.lastSeq, lastSeq(merged)),
    lastContactMessageAt: lastContactAt(detail.attendance.lastContactMessageAt, messages),
  };
  const next = { ...detail, messages: merged, attendance };
  queryClient.setQueryData(key, next);
  for (const m of messages) updateList(queryClient, (list) => applyMessage(list, m, openId));
  return next;
}

const running = new Set<string>();
const again = new Set<string>();

/**
 * Fetches what an open conversation is missing: from its first hole, or after its last message.
 * One request per attendance at a time; a call during one runs once more after it.
 */
export async function catchUp(queryClient: QueryClient, id: string): Promise<void> {
  if (running.has(id)) {
    again.add(id);
    return;
  }
  running.add(id);
  try {
    do {
      again.delete(id);
      const detail = queryClient.getQueryData<AttendanceDetail>(attendanceKeys.detail(id));
      if (!detail) return;
      const after = missingAfter(detail.messages) ?? lastSeq(detail.messages);
      const { items } = await messagesAfter(id, after);
      mergeIntoDetail(queryClient, id, items);
    } while (again.has(id));
  } catch {
    // Offline or gone: the next reconnection (or push) tries again.
  } finally {
    running.delete(id);
  }
}

/** A pushed message: merged once, in order; a jump past the last known seq fetches the gap. */
export function acceptMessage(queryClient: QueryClient, message: Message): void {
  if (message.authorKind === 'contact') stopContactTyping(message.attendanceId);
  const key = attendanceKeys.detail(message.attendanceId);
  const before = queryClient.getQueryData<AttendanceDetail>(key);
  // System lines come with changes no summary push announces (the protocol on the first reply).
  if (message.authorKind === 'system') void queryClient.invalidateQueries({ queryKey: activeKey });
  if (before) {
    const gap = missingAfter(before.messages, message) !== null;
    mergeIntoDetail(queryClient, message.attendanceId, [message]);
    if (gap) void catchUp(queryClient, message.attendanceId);
    if (message.authorKind === 'system') void queryClient.invalidateQueries({ queryKey: key });
    return;
  }
  // The conversation's first fetch may have left before this message was stored: fetch again.
  if (queryClient.getQueryState(key)?.fetchStatus === 'fetching') void queryClient.invalidateQueries({ queryKey: key });
  updateList(queryClient, (list) => applyMessage(list, message, openId));
}

/**
 * A stored message changed (`attendance.message.updated`, or a resend's answer): delivery ticks,
 * reactions, an edit, media now downloaded (CH-02, CH-03). The held copy is replaced in place.
 */
export function acceptMessageUpdate(queryClient: QueryClient, message: Message): void {
  const key = attendanceKeys.detail(message.attendanceId);
  const detail = queryClient.getQueryData<AttendanceDetail>(key);
  if (!detail) return; // not open: its next fetch brings the message as it is now
  const messages = replaceMessage(detail.messages, message);
  if (messages !== detail.messages) queryClient.setQueryData(key, { ...detail, messages });
}

/** Whether the summary put a new attendance into the user's list. */
export function acceptSummary(queryClient: QueryClient, summary: AttendanceSummary, userId: string): boolean {
  let added = false;
  updateList(queryClient, (list) => {
    const next = applySummary(list, summary, userId);
    added = !list.items.some((a) => a.id === summary.id) && next.items.some((a) => a.id === summary.id);
    return next;
  });
  const key = attendanceKeys.detail(summary.id);
  const detail = queryClient.getQueryData<AttendanceDetail>(key);
  if (detail) {
    queryClient.setQueryData(key, { ...detail, attendance: { ...summary, rating: summary.rating ?? detail.attendance.rating } });
    // Its events (person linked, transferred, protocol issued…) changed too.
    void queryClient.invalidateQueries({ queryKey: key });
  }
  if (summary.status === 'finished') void queryClient.invalidateQueries({ queryKey: attendanceKeys.list('history') });
  return added;
}

export function acceptRead(queryClient: QueryClient, id: string): void {
  updateList(queryClient, (list) => markListRead(list, id));
}

/** After a reconnection: the list again, and every conversation held in the cache caught up. */
export function resync(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: ['attendances', 'list'] });
  for (const [key, data] of queryClient.getQueriesData<AttendanceDetail>({ queryKey: attendanceKeys.details })) {
    const id = key[2];
    if (data && typeof id === 'string') void catchUp(queryClient, id);
  }
}
