import type { AgentPresence, PresenceSnapshot, PresenceTargetView } from '@atende/shared';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { presenceKeys } from './api';
import { acceptSnapshot, isNewer, lostTargets, mergeAgent } from './presence-cache';

const U = '00000000-0000-4000-8000-000000000001';

function target(id: string, state: PresenceTargetView['state'], kind: PresenceTargetView['kind'] = 'voice_queue'): PresenceTargetView {
  return {
    kind,
    id,
    name: id,
    queueId: id,
    queueName: id,
    direction: kind === 'voice_queue' ? 'inbound' : null,
    channelType: kind === 'chat_channel' ? 'webchat' : null,
    state,
    reasonId: null,
    reasonName: state === 'paused' ? 'Almoço' : null,
    since: state === 'offline' ? null : '2025-01-01T12:00:00.000Z',
  };
}

function snapshot(serverTime: string, voice: PresenceTargetView[], chat: PresenceTargetView[] = []): PresenceSnapshot {
  const group = (targets: PresenceTargetView[]) => {
    const logged = targets.filter((t) => t.state !== 'offline');
    return {
      online: logged.length > 0,
      paused: logged.length > 0 && logged.every((t) => t.state === 'paused'),
      logged: logged.length,
      total: targets.length,
      targets,
    };
  };
  return { userId: U, voice: group(voice), chat: group(chat), serverTime };
}

describe('isNewer', () => {
  it('orders by server time and accepts the first one', () => {
    expect(isNewer({ serverTime: '2025-01-01T12:00:01Z' }, { serverTime: '2025-01-01T12:00:00Z' })).toBe(true);
    expect(isNewer({ serverTime: '2025-01-01T12:00:00Z' }, { serverTime: '2025-01-01T12:00:00Z' })).toBe(true);
    expect(isNewer({ serverTime: '2025-01-01T11:59:59Z' }, { serverTime: '2025-01-01T12:00:00Z' })).toBe(false);
    expect(isNewer({ serverTime: '2025-01-01T11:59:59Z' }, undefined)).toBe(true);
  });
});

describe('acceptSnapshot', () => {
  it('ignores a snapshot older than the one in the cache', () => {
    const queryClient = new QueryClient();
    const newer = snapshot('2025-01-01T12:00:05Z', [target('a', 'online')]);
    const older = snapshot('2025-01-01T12:00:01Z', [target('a', 'offline')]);
    expect(acceptSnapshot(queryClient, newer)).toBe(true);
    expect(acceptSnapshot(queryClient, older)).toBe(false);
    expect(queryClient.getQueryData(presenceKeys.me)).toBe(newer);
  });
});

describe('mergeAgent', () => {
  const agent = (serverTime: string, name: string): AgentPresence => ({
    ...snapshot(serverTime, []),
    name,
    avatarUrl: null,
    email: 'a@x',
    connected: true,
    lastSeenAt: null,
  });

  it('replaces the row when newer, keeps it when older, and asks for a refetch for an unknown agent', () => {
    const list = { items: [agent('2025-01-01T12:00:01Z', 'old')] };
    expect(mergeAgent(list, agent('2025-01-01T12:00:02Z', 'new'))?.items[0]?.name).toBe('new');
    expect(mergeAgent(list, agent('2025-01-01T12:00:00Z', 'stale'))).toBe(list);
    expect(mergeAgent(list, { ...agent('2025-01-01T12:00:02Z', 'x'), userId: '00000000-0000-4000-8000-000000000002' })).toBeNull();
  });
});

describe('lostTargets', () => {
  it('finds targets paused or logged out between two snapshots, nothing else', () => {
    const prev = snapshot('t1', [target('a', 'online'), target('b', 'online'), target('c', 'offline')], [target('w', 'paused', 'chat_channel')]);
    const next = snapshot('t2', [target('a', 'paused'), target('b', 'offline'), target('c', 'online')], [target('w', 'offline', 'chat_channel')]);
    const { paused, loggedOut } = lostTargets(prev, next);
    expect(paused.map((t) => t.id)).toEqual(['a']);
    expect(loggedOut.map((t) => t.id)).toEqual(['b', 'w']);
  });

  it('is empty when the agent only logged in or resumed', () => {
    const prev = snapshot('t1', [target('a', 'paused'), target('b', 'offline')]);
    const next = snapshot('t2', [target('a', 'online'), target('b', 'online')]);
    expect(lostTargets(prev, next)).toEqual({ paused: [], loggedOut: [] });
  });
});
