// The conversation as the visitor sees it, kept by sequence number (ARCHITECTURE §3 "Realtime": a
// client that reconnects asks for what it missed since its last sequence number). Pure functions,
// so ordering and de-duplication are unit-tested without a browser or a socket.
//
// Sequence numbers count every message of the attendance, internal notes included, and the
// visitor never receives notes: a hole in the visitor's sequence is therefore either a missed
// message or a note. `synced` is the highest seq up to which the widget is known to hold every
// visible message; a live message beyond `synced + 1`, or a state whose `lastSeq` is beyond it,
// means "fetch GET …/messages?afterSeq=synced and merge".

export type Sequenced = { seq: number; clientId?: string | null };

export type Timeline<M extends Sequenced> = { items: M[]; synced: number };

export const emptyTimeline = <M extends Sequenced>(): Timeline<M> => ({ items: [], synced: 0 });

/** Items sorted by seq, one per seq (a later copy of a seq replaces the earlier), and which seqs are new. */
export function mergeBySeq<M extends Sequenced>(items: M[], incoming: M[]): { items: M[]; added: M[] } {
  if (!incoming.length) return { items, added: [] };
  const bySeq = new Map<number, M>();
  for (const m of items) bySeq.set(m.seq, m);
  const added: M[] = [];
  for (const m of incoming) {
    if (!bySeq.has(m.seq) && !added.some((a) => a.seq === m.seq)) added.push(m);
    bySeq.set(m.seq, m);
  }
  return { items: [...bySeq.values()].sort((a, b) => a.seq - b.seq), added: added.sort((a, b) => a.seq - b.seq) };
}

export type LiveResult<M extends Sequenced> = { timeline: Timeline<M>; added: M[]; fetchAfter: number | null };

/** `synced` moved past every seq held right after it: a run of consecutive seqs has no hole. */
function advance(items: Sequenced[], synced: number): number {
  const held = new Set(items.map((m) => m.seq));
  while (held.has(synced + 1)) synced++;
  return synced;
}

/** A message pushed live (or returned by a send): merged, and a catch-up asked for when it skips seqs. */
export function applyLive<M extends Sequenced>(t: Timeline<M>, m: M): LiveResult<M> {
  const { items, added } = mergeBySeq(t.items, [m]);
  const synced = advance(items, t.synced);
  return { timeline: { items, synced }, added, fetchAfter: m.seq > synced ? synced : null };
}

/**
 * The answer of `GET …/messages?afterSeq=afterSeq`: merged. The answer holds every visible message
 * up to the moment it was made, so the widget is then complete up to its newest item, and up to
 * `knownLastSeq` (the attendance's lastSeq learnt before the request started) — what lies between
 * and is absent were internal notes.
 */
export function applyCatchUp<M extends Sequenced>(
  t: Timeline<M>,
  afterSeq: number,
  incoming: M[],
  knownLastSeq = 0,
): { timeline: Timeline<M>; added: M[] } {
  const { items, added } = mergeBySeq(t.items, incoming);
  const newest = incoming.reduce((max, m) => Math.max(max, m.seq), 0);
  return { timeline: { items, synced: advance(items, Math.max(t.synced, afterSeq, newest, knownLastSeq)) }, added };
}

/** Whether a state's lastSeq says there are messages the widget may not hold yet. */
export const needsCatchUp = (t: Timeline<Sequenced>, lastSeq: number): boolean => lastSeq > t.synced;

export type PendingStatus = 'sending' | 'queued' | 'failed';
export type Pending = { clientId: string; body: string; status: PendingStatus; error?: string };

/** Sends still waiting, minus those the conversation already holds (the server dedupes by clientId). */
export function settlePending<P extends { clientId: string }>(pending: P[], delivered: Sequenced[]): P[] {
  if (!pending.length || !delivered.length) return pending;
  const ids = new Set(delivered.map((m) => m.clientId).filter(Boolean));
  const left = pending.filter((p) => !ids.has(p.clientId));
  return left.length === pending.length ? pending : left;
}

/** The next send to try, in the order the visitor typed them; failed ones are skipped. */
export const nextToSend = <P extends Pending>(pending: P[]): P | undefined => pending.find((p) => p.status !== 'failed');

/** A random id per message, so a retried send is stored once (8–64 chars per the API). */
export function newClientId(): string {
  const bytes = new Uint8Array(16);
  // getRandomValues works on plain-http sites too, where randomUUID does not exist.
  if (globalThis.crypto?.getRandomValues) globalThis.crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return 'w' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
