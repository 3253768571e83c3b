import type { AttendanceSummary } from '@atende/shared';

export type EmptyConversation = 'pending' | 'manual' | 'issued' | 'closed';

/**
 * What an empty conversation says, in agreement with the header's protocol line (SPEC ATT-01,
 * ATT-04): only a messaging attendance without a protocol yet gets one from the agent's first
 * reply; a manual start has it from the moment it opened; someone who cannot write is told no more.
 */
export function emptyConversation(a: Pick<AttendanceSummary, 'protocol' | 'channelType'>, canWrite: boolean): EmptyConversation {
  if (!canWrite) return 'closed';
  if (!a.protocol) return 'pending';
  return a.channelType === 'manual' ? 'manual' : 'issued';
}
