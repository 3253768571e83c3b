import type { CallView } from '@atende/shared';
import type { QueryClient } from '@tanstack/react-query';
import { voiceKeys } from './api';

// SPEC VOX-01…VOX-03: one place that folds a call's new state (an action's answer or a socket
// push) into every list and card showing it, so the screens agree without refetching.

export const attendanceCallKey = (attendanceId: string) => ['voice', 'attendance', attendanceId] as const;
/** VOX-02: this agent transferred the call (it left them while still going on): their card reads "Transferida". */
// Outside ['voice']: a reconnect's refetch of the voice screens must not forget it.
export const callLeftKey = (callId: string) => ['voice-left', callId] as const;

export function markCallLeft(queryClient: QueryClient, callId: string, left: boolean): void {
  queryClient.setQueryData<boolean>(callLeftKey(callId), left);
}

/** Ringing calls, oldest first (the one waiting longest on top), without the ones that stopped ringing. */
export function applyToRinging(list: CallView[] | undefined, call: CallView, ringingHere: boolean): CallView[] {
  const rest = (list ?? []).filter((c) => c.id !== call.id);
  if (!ringingHere || call.state !== 'ringing') return rest;
  return [...rest, call].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
}

export function storeCall(queryClient: QueryClient, call: CallView, ringingHere = call.state === 'ringing'): void {
  queryClient.setQueryData<CallView>(voiceKeys.call(call.id), call);
  if (call.attendanceId) queryClient.setQueryData<CallView | null>(attendanceCallKey(call.attendanceId), call);
  queryClient.setQueryData<{ items: CallView[] }>(voiceKeys.ringing, (old) => (old ? { items: applyToRinging(old.items, call, ringingHere) } : old));
  if (call.state === 'ended') void queryClient.invalidateQueries({ queryKey: ['voice', 'history'] });
}
