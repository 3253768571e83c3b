import type { AttendanceSummary } from '@atende/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { i18n } from '../../../app/i18n';
import { notify } from '../../../app/notifications';
import { onSocketEvent, onSocketReconnect } from '../../../app/socket';
import { acceptMessage, acceptMessageUpdate, acceptSummary, resync } from '../attendance-sync';
import { displayName } from '../display-name';
import { noteContactTyping } from '../typing';

// One notice per offer: the same assignment may arrive as "offered" and as "updated".
const announced = new Set<string>();

/** SPEC WS-10: a new offer (or a transfer to this agent) raises the notification and its sound. */
function announce(a: AttendanceSummary): void {
  const key = `${a.id}:${a.assignedAt ?? ''}`;
  if (announced.has(key)) return;
  announced.add(key);
  const t = i18n.t.bind(i18n); // the language of the moment
  notify({ title: t('attendances.notice.offered'), body: displayName(a, t('attendances.anonymous')), sound: true, tag: `offer-${a.id}` });
}

/** Keeps the attendance list and open conversations live from the socket (SPEC WS-09, WS-10). */
export function useAttendanceRealtime(userId: string): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const catchUp = () => resync(queryClient);
    const unsubscribe = [
      onSocketEvent('attendance.offered', (a) => {
        acceptSummary(queryClient, a, userId);
        if (a.assigneeId === userId) announce(a);
      }),
      onSocketEvent('attendance.updated', (a) => {
        // Something new in the list that the agent did not start by hand: a transfer to them.
        if (acceptSummary(queryClient, a, userId) && a.channelType !== 'manual') announce(a);
      }),
      onSocketEvent('attendance.message', (m) => acceptMessage(queryClient, m)),
      onSocketEvent('attendance.message.updated', (m) => acceptMessageUpdate(queryClient, m)),
      onSocketEvent('attendance.typing', (e) => {
        if (e.from === 'contact') noteContactTyping(e.attendanceId);
      }),
      // Whatever was pushed while the connection was down is fetched again.
      onSocketReconnect(catchUp),
    ];
    window.addEventListener('online', catchUp);
    return () => {
      for (const off of unsubscribe) off();
      window.removeEventListener('online', catchUp);
    };
  }, [queryClient, userId]);
}
