import { describe, expect, it } from 'vitest';
import { formatProtocol, parseProtocol, protocolYear } from './protocol.js';
import { pickAgent, type RoutingCandidate } from './routing-policy.js';

describe('protocol numbers (ATT-01)', () => {
  it('formats and parses YYYY-NNNNNNNNNN', () => {
    expect(formatProtocol(2020, 10182)).toBe('2020-0000010182');
    expect(parseProtocol(' 2020-0000010182 ')).toEqual({ year: 2020, sequence: 10182 });
    expect(parseProtocol('2020-10182')).toBeNull();
    expect(() => formatProtocol(2026, 0)).toThrow(RangeError);
    expect(() => formatProtocol(2026, 10_000_000_000)).toThrow(RangeError);
  });

  it('takes the year in São Paulo, so it turns at Brazilian midnight, not UTC', () => {
    expect(protocolYear(new Date('2027-01-01T02:59:59Z'))).toBe(2026);
    expect(protocolYear(new Date('2027-01-01T03:00:00Z'))).toBe(2027);
    expect(protocolYear(new Date('2027-01-01T00:30:00Z'), 'UTC')).toBe(2027);
  });
});

describe('routing policy (ATT-02)', () => {
  const t = (min: number) => new Date(Date.UTC(2026, 0, 1, 12, min));
  const c = (userId: string, o: Partial<RoutingCandidate> = {}): RoutingCandidate => ({
    userId,
    load: 0,
    capacity: 3,
    lastAssignedAt: null,
    lastFreedAt: null,
    ...o,
  });

  it('never picks an agent at capacity', () => {
    expect(pickAgent([c('a', { load: 3 }), c('b', { load: 5, capacity: 5 })], 'longest_idle')).toBeUndefined();
    expect(pickAgent([c('a', { load: 3 }), c('b', { load: 2 })], 'round_robin')?.userId).toBe('b');
  });

  it('longest idle counts a finished contact as activity; round robin does not', () => {
    const a = c('a', { lastAssignedAt: t(0), lastFreedAt: t(30) });
    const b = c('b', { lastAssignedAt: t(10) });
    expect(pickAgent([a, b], 'longest_idle')?.userId).toBe('b');
    expect(pickAgent([a, b], 'round_robin')?.userId).toBe('a');
  });

  it('prefers an agent who never had a contact, then the lighter load, deterministically', () => {
    expect(pickAgent([c('a', { lastAssignedAt: t(0) }), c('z')], 'longest_idle')?.userId).toBe('z');
    expect(pickAgent([c('b', { load: 1 }), c('a', { load: 2 })], 'longest_idle')?.userId).toBe('b');
    expect(pickAgent([c('b'), c('a')], 'round_robin')?.userId).toBe('a');
  });
});
