import type { Channel } from '@atende/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useChannels } from '../../admin/hooks/use-channels';
import { attendanceKeys, listTemplates, resendMessage, sendTemplate, type TemplateInput } from '../api';
import { acceptMessage, acceptMessageUpdate } from '../attendance-sync';
import { nextTick, replyWindow, type ReplyWindow } from '../reply-window';
import { useWindowRefusal } from '../window-refusals';

// SPEC CH-02, CH-03: what the console needs of the attendance's channel — its capabilities (from
// the one channels query the admin screens also use), its templates, resend and template sends.

/** The attendance's channel with its capabilities; undefined while loading or with no channel. */
export function useAttendanceChannel(channelId: string | null): Channel | undefined {
  const channels = useChannels();
  return channelId ? channels.data?.find((c) => c.id === channelId) : undefined;
}

/** The reply window, recomputed at each minute of its countdown. */
export function useReplyWindow(attendance: { id: string; lastContactMessageAt: string | null }, windowHours: number | null | undefined): ReplyWindow {
  const refusedAt = useWindowRefusal(attendance.id);
  const [now, setNow] = useState(() => Date.now());
  const state = replyWindow({ windowHours, lastContactMessageAt: attendance.lastContactMessageAt, now, refusedAt });
  const wait = nextTick(state);
  useEffect(() => {
    if (wait === null) return;
    const timer = setTimeout(() => setNow(Date.now()), wait);
    return () => clearTimeout(timer);
  }, [wait, now]);
  return state;
}

/** The channel's approved templates, fetched only when the picker is shown. */
export function useTemplates(channelId: string | null, enabled: boolean) {
  return useQuery({
    queryKey: attendanceKeys.templates(channelId ?? ''),
    queryFn: ({ signal }) => listTemplates(channelId!, signal),
    select: (data) => data.items,
    enabled: enabled && Boolean(channelId),
    staleTime: 5 * 60_000,
  });
}

/** "Reenviar": the failed message goes back to pending in place. */
export function useResend(attendanceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (messageId: string) => resendMessage(attendanceId, messageId),
    onSuccess: (message) => acceptMessageUpdate(queryClient, message),
  });
}

/** "Enviar modelo": the stored template message joins the conversation at once. */
export function useSendTemplate(attendanceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TemplateInput) => sendTemplate(attendanceId, input),
    onSuccess: (message) => acceptMessage(queryClient, message),
  });
}
