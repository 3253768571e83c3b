import { describe, expect, it } from 'vitest';
import {
  applyCatchUp,
  applyLive,
  emptyTimeline,
  mergeBySeq,
  needsCatchUp,
  newClientId,
  nextToSend,
  settlePending,
  type Pending,
  type Timeline,
} from './sync';

type M = { seq: number; body: string; clientId?: string | null };
const m = (seq: number, body = `m${seq}`, clientId: string | null = null): M => ({ seq, body, clientId });
const seqs = (t: Timeline<M>) => t.items.map((x) => x.seq);

describe('mergeBySeq', () => {
  it('keeps one message per seq, sorted, and says which are new', () => {
    const r = mergeBySeq([m(1), m(3)], [m(4), m(2), m(3, 'again'), m(2)]);
    expect(r.items.map((x) => x.seq)).toEqual([1, 2, 3, 4]);
    expect(r.items.find((x) => x.seq === 3)?.body).toBe('again');
    expect(r.added.map((x) => x.seq)).toEqual([2, 4]);
  });

  it('returns the same list when nothing comes in', () => {
    const items = [m(1)];
    expect(mergeBySeq(items, []).items).toBe(items);
  });
});

describe('applyLive', () => {
  it('advances synced on the next seq without a fetch', () => {
    const r = applyLive(emptyTimeline<M>(), m(1));
    expect(r).toMatchObject({ fetchAfter: null, timeline: { synced: 1 } });
    expect(r.added).toHaveLength(1);
  });

  it('asks for a catch-up from synced when a seq is skipped, and still shows the message', () => {
    const t: Timeline<M> = { items: [m(1), m(2)], synced: 2 };
    const r = applyLive(t, m(5));
    expect(r.fetchAfter).toBe(2);
    expect(r.timeline.synced).toBe(2);
    expect(seqs(r.timeline)).toEqual([1, 2, 5]);
  });

  it('ignores a repeat of a seq it has (no duplicate, nothing added)', () => {
    const t: Timeline<M> = { items: [m(1), m(2)], synced: 2 };
    const r = applyLive(t, m(2));
    expect(seqs(r.timeline)).toEqual([1, 2]);
    expect(r.added).toEqual([]);
    expect(r.fetchAfter).toBeNull();
  });

  it('orders messages that arrive out of order', () => {
    let t = emptyTimeline<M>();
    const fetches: (number | null)[] = [];
    for (const x of [m(2), m(1), m(3)]) {
      const r = applyLive(t, x);
      fetches.push(r.fetchAfter);
      t = r.timeline;
    }
    expect(seqs(t)).toEqual([1, 2, 3]);
    // seq 2 before 1 is a gap (fetch from 0); afterwards 1 and 3 are contiguous with synced.
    expect(fetches).toEqual([0, null, null]);
    expect(t.synced).toBe(3);
  });
});

describe('applyCatchUp', () => {
  it('merges the missed messages once each, in order', () => {
    const t: Timeline<M> = { items: [m(1), m(4)], synced: 1 };
    const r = applyCatchUp(t, 1, [m(2), m(3), m(4)]);
    expect(seqs(r.timeline)).toEqual([1, 2, 3, 4]);
    expect(r.added.map((x) => x.seq)).toEqual([2, 3]);
    expect(r.timeline.synced).toBe(4);
  });

  it('counts seqs the visitor never receives (internal notes) as synced up to the known lastSeq', () => {
    // seq 2 is an agent's note: the widget sees 1 and 3, and the state said lastSeq 4 (another note).
    const t: Timeline<M> = { items: [m(1)], synced: 1 };
    const r = applyCatchUp(t, 1, [m(3)], 4);
    expect(seqs(r.timeline)).toEqual([1, 3]);
    expect(r.timeline.synced).toBe(4);
    expect(needsCatchUp(r.timeline, 4)).toBe(false);
    // A later live message right after the note is contiguous: no new fetch.
    expect(applyLive(r.timeline, m(5)).fetchAfter).toBeNull();
  });

  it('never moves synced backwards', () => {
    const t: Timeline<M> = { items: [m(1), m(2), m(3)], synced: 3 };
    expect(applyCatchUp(t, 0, [m(1)]).timeline.synced).toBe(3);
  });
});

describe('needsCatchUp', () => {
  it('is true when the state announces seqs past synced', () => {
    expect(needsCatchUp({ items: [], synced: 2 }, 3)).toBe(true);
    expect(needsCatchUp({ items: [], synced: 3 }, 3)).toBe(false);
  });
});

describe('pending sends', () => {
  const p = (clientId: string, status: Pending['status'] = 'queued'): Pending => ({ clientId, body: clientId, status });

  it('drops the sends the conversation now holds, by clientId', () => {
    const pending = [p('a'), p('b'), p('c')];
    expect(settlePending(pending, [m(7, 'x', 'b'), m(8, 'y', null)]).map((x) => x.clientId)).toEqual(['a', 'c']);
    expect(settlePending(pending, [m(9, 'z', 'other')])).toBe(pending);
  });

  it('sends the oldest first and skips the ones that failed for good', () => {
    expect(nextToSend([p('a', 'failed'), p('b'), p('c')])?.clientId).toBe('b');
    expect(nextToSend([p('a', 'failed')])).toBeUndefined();
  });

  it('makes client ids the API accepts (8–64 chars), unique', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newClientId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]{8,64}$/);
  });
});

describe('a hole filled live', () => {
  it('needs no fetch once every seq up to the newest is held', () => {
    let t: Timeline<M> = { items: [m(1)], synced: 1 };
    const gap = applyLive(t, m(3));
    expect(gap.fetchAfter).toBe(1);
    t = gap.timeline;
    const filled = applyLive(t, m(2));
    expect(filled.fetchAfter).toBeNull();
    expect(filled.timeline.synced).toBe(3);
  });
});
