import { describe, expect, it } from 'vitest';
import { createTypingRelay, LOOKUP_TTL_MS, RELAY_EVERY_MS } from './typing-relay.js';

describe('typing relay', () => {
  const setup = (target: string | undefined) => {
    let now = 0;
    const looked: string[] = [];
    const sent: string[] = [];
    let answer = target;
    const relay = createTypingRelay<string>({ lookup: async (k) => (looked.push(k), answer), send: (to) => sent.push(to), now: () => now });
    return { relay, looked, sent, tick: (ms: number) => (now += ms), answer: (a: string | undefined) => (answer = a) };
  };

  it('looks the target up once and relays at most once per interval', async () => {
    const r = setup('agent-1');
    for (let i = 0; i < 100; i++) r.relay.typing('att-1');
    await Promise.resolve();
    await Promise.resolve();
    expect(r.looked).toEqual(['att-1']);
    expect(r.sent).toEqual(['agent-1']);
    r.tick(RELAY_EVERY_MS);
    r.relay.typing('att-1');
    expect(r.sent).toEqual(['agent-1', 'agent-1']);
    expect(r.looked).toHaveLength(1);
    r.tick(LOOKUP_TTL_MS);
    r.relay.typing('att-1');
    expect(r.looked).toHaveLength(2);
  });

  it('uses a target remembered from the handshake, and asks again when there was none', async () => {
    const r = setup('agent-2');
    r.relay.remember('current', 'agent-1');
    r.relay.typing('current');
    expect(r.sent).toEqual(['agent-1']);
    expect(r.looked).toEqual([]);

    const none = setup(undefined);
    none.relay.remember('current', undefined);
    none.relay.typing('current');
    await Promise.resolve();
    await Promise.resolve();
    expect(none.looked).toEqual(['current']);
    expect(none.sent).toEqual([]);
    // The agent accepted meanwhile: the next relay finds them.
    none.answer('agent-3');
    none.tick(RELAY_EVERY_MS);
    none.relay.typing('current');
    await Promise.resolve();
    await Promise.resolve();
    expect(none.sent).toEqual(['agent-3']);
  });
});
