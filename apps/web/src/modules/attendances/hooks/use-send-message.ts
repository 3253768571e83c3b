import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { isApiError } from '../../../app/api';
import { getSocket } from '../../../app/socket';
import { attendanceKeys, sendMessage, uploadAttachment, type AttendanceDetail } from '../api';
import { acceptMessage } from '../attendance-sync';
import { newClientId, outbox } from '../outbox';
import { noteWindowRefused } from '../window-refusals';

/**
 * SPEC ATT-05: replies, notes and files. Each send is in the outbox until the server has it;
 * a retry re-sends under the same clientId, so the server stores it once.
 */
export function useSendMessage(attendanceId: string) {
  const queryClient = useQueryClient();

  const deliver = useCallback(
    async (clientId: string) => {
      const p = outbox.get(clientId);
      if (!p) return;
      outbox.update(clientId, { state: 'sending', error: null });
      try {
        let attachmentId = p.attachmentId;
        if (p.file && !attachmentId) {
          attachmentId = (await uploadAttachment(p.attendanceId, p.file)).id;
          outbox.update(clientId, { attachmentId });
        }
        const message = await sendMessage(p.attendanceId, { body: p.body, internal: p.internal, clientId, attachmentId: attachmentId ?? undefined });
        acceptMessage(queryClient, message);
        outbox.remove(clientId);
        // The first reply issues the protocol (ATT-01): show it in the header and the list.
        const detail = queryClient.getQueryData<AttendanceDetail>(attendanceKeys.detail(p.attendanceId));
        if (!p.internal && detail && !detail.attendance.protocol) {
          void queryClient.invalidateQueries({ queryKey: attendanceKeys.detail(p.attendanceId) });
          void queryClient.invalidateQueries({ queryKey: attendanceKeys.list('active') });
        }
      } catch (error) {
        outbox.update(clientId, { state: 'failed', error });
        // CH-02: the 24-hour window closed before this clock noticed: the composer turns to templates.
        if (isApiError(error) && error.code === 'CHANNEL_WINDOW_CLOSED') {
          const detail = queryClient.getQueryData<AttendanceDetail>(attendanceKeys.detail(p.attendanceId));
          noteWindowRefused(p.attendanceId, detail?.attendance.lastContactMessageAt ?? null);
        }
      }
    },
    [queryClient],
  );

  const send = useCallback(
    (input: { body: string; internal: boolean; file?: File }) => {
      const clientId = newClientId();
      outbox.add({
        clientId,
        attendanceId,
        body: input.body,
        internal: input.internal,
        file: input.file ?? null,
        attachmentId: null,
        state: 'sending',
        error: null,
        createdAt: new Date().toISOString(),
      });
      void deliver(clientId);
    },
    [attendanceId, deliver],
  );

  return { send, retry: deliver, discard: outbox.remove };
}

const TYPING_EVERY_MS = 2000;

/** The agent's typing indicator for the web-chat visitor, at most once every two seconds. */
export function useTypingSignal(attendanceId: string) {
  const last = useRef(0);
  return useCallback(() => {
    const now = Date.now();
    if (now - last.current < TYPING_EVERY_MS) return;
    last.current = now;
    getSocket()?.emit('attendance.typing', attendanceId);
  }, [attendanceId]);
}
