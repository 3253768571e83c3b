import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { markRead } from '../api';
import { acceptRead } from '../attendance-sync';

// The highest seq already reported read, per attendance (one request per new message at most).
const reported = new Map<string, number>();

/** The open conversation's messages count as read up to the last one on screen. */
export function useMarkRead(attendanceId: string, seq: number, enabled: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled || seq <= 0 || seq <= (reported.get(attendanceId) ?? 0)) return;
    reported.set(attendanceId, seq);
    markRead(attendanceId, seq).then(
      () => acceptRead(queryClient, attendanceId),
      () => reported.delete(attendanceId), // offline: the next message or visit tries again
    );
  }, [attendanceId, seq, enabled, queryClient]);
}
