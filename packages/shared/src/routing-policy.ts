// SPEC ATT-02: who gets the next contact of a queue.
export type RoutingPolicy = 'longest_idle' | 'round_robin';

export type RoutingCandidate = {
  userId: string;
  /** Contacts the agent holds in this queue now, and how many they may hold. */
  load: number;
  capacity: number;
  lastAssignedAt: Date | null;
  lastFreedAt: Date | null;
};

const time = (d: Date | null) => d?.getTime() ?? Number.NEGATIVE_INFINITY;

/**
 * longest_idle: the agent idle for longest — since their last new contact or their last finished
 * one, whichever is later. round_robin: the agent whose last new contact is oldest. Ties go to the
 * lighter load, then to the user id, so the choice is deterministic.
 */
export function pickAgent(candidates: RoutingCandidate[], policy: RoutingPolicy): RoutingCandidate | undefined {
  const free = candidates.filter((c) => c.load < c.capacity);
  const idleSince = (c: RoutingCandidate) =>
    policy === 'longest_idle' ? Math.max(time(c.lastAssignedAt), time(c.lastFreedAt)) : time(c.lastAssignedAt);
  return free.sort((a, b) => idleSince(a) - idleSince(b) || a.load - b.load || a.userId.localeCompare(b.userId))[0];
}
