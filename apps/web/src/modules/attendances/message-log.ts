import type { Message } from '@atende/shared';

// ARCHITECTURE §3 "no message lost to a network blip": an attendance's messages are numbered
// (seq 1, 2, 3…) and the agent sees every one of them, notes included. Pushes may come out of
// order, twice, or not at all while the socket is down; the log is kept keyed by seq, so
// whatever arrives from wherever is merged once, in order, and a hole tells what to fetch.

/** The messages of both lists, one per seq (the later copy wins), in seq order. */
export function mergeMessages(current: readonly Message[], incoming: readonly Message[]): Message[] {
  if (!incoming.length) return current as Message[];
  const bySeq = new Map<number, Message>();
  for (const m of current) bySeq.set(m.seq, m);
  for (const m of incoming) bySeq.set(m.seq, m);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/** The highest seq held, 0 when none. */
export function lastSeq(messages: readonly Message[]): number {
  return messages.length ? messages[messages.length - 1]!.seq : 0;
}

/**
 * The seq after which messages are missing — the first hole, or the end when `incoming` jumps past
 * it — or null when the log runs unbroken from 1 through `incoming`.
 */
export function missingAfter(messages: readonly Message[], incoming?: Pick<Message, 'seq'>): number | null {
  let expected = 1;
  for (const m of messages) {
    if (m.seq > expected) return expected - 1;
    expected = m.seq + 1;
  }
  return incoming && incoming.seq > expected ? expected - 1 : null;
}

/**
 * A stored message changed (ticks, reactions, an edit, its media ready: CH-02, CH-03): the copy
 * with the same id is replaced where it stands. A message not held yet is left to the fetch that
 * brings it; the same list comes back when nothing changed, so no render follows.
 */
export function replaceMessage(messages: readonly Message[], updated: Message): Message[] {
  const at = messages.findIndex((m) => m.id === updated.id);
  if (at < 0) return messages as Message[];
  const next = messages.slice();
  next[at] = updated;
  return next;
}

/**
 * When the contact last wrote, counting messages just received (CH-02: the reply window reopens
 * the moment the contact writes, before any summary push says so). Never moves back.
 */
export function lastContactAt(current: string | null, messages: readonly Pick<Message, 'authorKind' | 'createdAt'>[]): string | null {
  let latest = current;
  for (const m of messages) {
    if (m.authorKind === 'contact' && (latest === null || Date.parse(m.createdAt) > Date.parse(latest))) latest = m.createdAt;
  }
  return latest;
}
