import type { CallView, TransferCallBody } from '@atende/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callAction, fetchCallHistory, fetchRinging, muteCall, sendDtmf, transferCall, voiceKeys, type CallAction } from '../api';
import { attendanceCallKey, callLeftKey, storeCall } from '../call-cache';
import { builtinPhone } from '../builtin-phone';
import { getSoftphone } from '../softphone';

/** SPEC VOX-01 "Tocando": calls ringing at this agent; the socket keeps the list live. */
export function useRingingCalls(enabled = true) {
  return useQuery({
    queryKey: voiceKeys.ringing,
    queryFn: ({ signal }) => fetchRinging(signal),
    select: (data) => data.items,
    staleTime: 30_000,
    enabled,
  });
}

/** SPEC VOX-03 "Histórico": one day's calls, newest first ('' = today). */
export function useCallHistory(date: string) {
  return useQuery({
    queryKey: voiceKeys.history(date),
    queryFn: ({ signal }) => fetchCallHistory(date, signal),
    select: (data) => [...data.items].sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt)),
    placeholderData: keepPreviousData,
  });
}

/**
 * SPEC VOX-02: the call behind a voice attendance. Pushes and actions fill it in; after a reload it
 * is found among today's calls.
 */
export function useAttendanceCall(attendanceId: string, enabled: boolean) {
  return useQuery({
    queryKey: attendanceCallKey(attendanceId),
    queryFn: async ({ signal }) => {
      const { items } = await fetchCallHistory('', signal);
      const mine = items.filter((c) => c.attendanceId === attendanceId).sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
      return mine[0] ?? null;
    },
    staleTime: Infinity,
    enabled,
  });
}

/** VOX-02: whether this agent transferred the call away (set by the socket's pushes, never fetched). */
export function useCallLeft(callId: string | undefined) {
  return useQuery({ queryKey: callLeftKey(callId ?? ''), queryFn: () => false, staleTime: Infinity, enabled: !!callId }).data ?? false;
}

type Command =
  { type: CallAction } | { type: 'mute'; muted: boolean } | { type: 'transfer'; body: TransferCallBody } | { type: 'dtmf'; digits: string };

/** Keypad keys leave one after the other, so the other party gets them in the order pressed (VOX-02). */
let keys: Promise<unknown> = Promise.resolve();
const inOrder = <T>(fn: () => Promise<T>): Promise<T> => {
  const next = keys.then(fn, fn);
  keys = next.catch(() => {});
  return next;
};

async function run(call: CallView, command: Command): Promise<CallView> {
  // VOX-06: a built-in call's media is Atende's own WebRTC; a PBX's call is the SIP softphone's.
  const phone = call.provider === 'builtin' ? builtinPhone : getSoftphone();
  switch (command.type) {
    case 'mute':
      await phone?.mute?.(call, command.muted);
      return muteCall(call.id, command.muted);
    case 'transfer': {
      const moved = await transferCall(call.id, command.body);
      // VOX-02: a built-in call's audio leaves this browser (Atende closed this leg; the push may lag).
      if (call.provider === 'builtin') builtinPhone.ended(call.id);
      return moved;
    }
    case 'dtmf':
      return inOrder(async () => {
        await phone?.dtmf?.(call, command.digits);
        return sendDtmf(call.id, command.digits);
      });
    case 'hold':
    case 'unhold':
      await phone?.hold?.(call, command.type === 'hold');
      return callAction(call.id, command.type);
    case 'answer': {
      // The server decides first (another agent may have taken it); then the media is picked up.
      const answered = await callAction(call.id, 'answer');
      await phone?.answer(answered);
      return answered;
    }
    case 'hangup':
      await phone?.hangup(call);
      return callAction(call.id, 'hangup');
  }
}

/**
 * SPEC VOX-01 "Atender" from "Tocando". The row leaves the list as soon as the call stops ringing
 * here (the socket's "answered" push may come before the action's own answer, and a ring that ran
 * out takes the row away too), so the page holds this mutation rather than the row: its outcome
 * (the attendance to open, or the error to show) must reach the agent after the row is gone.
 */
export function useAnswerCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (call: CallView) => run(call, { type: 'answer' }),
    onSuccess: (updated) => storeCall(queryClient, updated, false),
  });
}

/** SPEC VOX-01, VOX-02: "Atender", "Desligar", mute, hold, transfer and keypad on one call. */
export function useCallCommand(call: CallView | null | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (command: Command) => {
      if (!call) throw new Error('no call');
      return run(call, command);
    },
    onSuccess: (updated) => storeCall(queryClient, updated, false),
  });
}
