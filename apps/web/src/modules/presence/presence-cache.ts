import type { AgentPresence, PresenceSnapshot, PresenceTargetView } from '@atende/shared';
import type { QueryClient } from '@tanstack/react-query';
import { noteServerTime } from '../../app/server-clock';
import { presenceKeys } from './api';

type Stamped = { serverTime: string };
type AgentList = { items: AgentPresence[] };

/** Whether `next` is at least as recent as `current` (snapshots may arrive out of order). */
export function isNewer(next: Stamped, current: Stamped | undefined | null): boolean {
  if (!current) return true;
  return Date.parse(next.serverTime) >= Date.parse(current.serverTime);
}

/**
 * Puts the agent's own snapshot (from a push, an action's answer or a fetch) in the cache unless
 * a newer one is already there. Returns whether it was taken.
 */
export function acceptSnapshot(queryClient: QueryClient, snapshot: PresenceSnapshot): boolean {
  const current = queryClient.getQueryData<PresenceSnapshot>(presenceKeys.me);
  if (current && current.userId !== snapshot.userId) return false;
  if (!isNewer(snapshot, current)) return false;
  noteServerTime(snapshot.serverTime);
  queryClient.setQueryData(presenceKeys.me, snapshot);
  return true;
}

/** Replaces one row of the supervisor's "Agentes" list, older rows losing to newer ones. */
export function mergeAgent(list: AgentList, agent: AgentPresence): AgentList | null {
  const index = list.items.findIndex((a) => a.userId === agent.userId);
  if (index < 0) return null; // an agent the list does not know yet: refetch
  if (!isNewer(agent, list.items[index])) return list;
  const items = list.items.slice();
  items[index] = agent;
  return { items };
}

export function acceptAgent(queryClient: QueryClient, agent: AgentPresence): void {
  const list = queryClient.getQueryData<AgentList>(presenceKeys.agents);
  if (!list) return; // the view is not open; it fetches fresh when it opens
  const merged = mergeAgent(list, agent);
  if (!merged) {
    void queryClient.invalidateQueries({ queryKey: presenceKeys.agents });
    return;
  }
  noteServerTime(agent.serverTime);
  queryClient.setQueryData(presenceKeys.agents, merged);
}

export type UnrequestedChanges = { paused: PresenceTargetView[]; loggedOut: PresenceTargetView[] };

/** Targets that went from online to paused, or from logged in to offline, between two snapshots. */
export function lostTargets(prev: PresenceSnapshot, next: PresenceSnapshot): UnrequestedChanges {
  const before = new Map([...prev.voice.targets, ...prev.chat.targets].map((t) => [`${t.kind}:${t.id}`, t]));
  const paused: PresenceTargetView[] = [];
  const loggedOut: PresenceTargetView[] = [];
  for (const t of [...next.voice.targets, ...next.chat.targets]) {
    const old = before.get(`${t.kind}:${t.id}`);
    if (!old || old.state === 'offline') continue;
    if (t.state === 'offline') loggedOut.push(old);
    else if (t.state === 'paused' && old.state === 'online') paused.push(t);
  }
  return { paused, loggedOut };
}
