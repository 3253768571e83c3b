import type { PresenceSnapshot } from '@atende/shared';

export type EmptyListHint = 'offline' | 'paused' | 'online';

/**
 * What an empty "Meus atendimentos" tells the agent to do (SPEC WS-03, WS-06, ATT-02): nothing is
 * offered to an agent outside every chat channel, nor to one paused in all of them — that agent
 * must resume, not log in again.
 */
export function emptyListHint(chat: Pick<PresenceSnapshot['chat'], 'online' | 'paused'> | undefined): EmptyListHint {
  if (!chat?.online) return 'offline';
  return chat.paused ? 'paused' : 'online';
}
