import type { PresenceSnapshot, PresenceTargetView } from '@atende/shared';
import { describe, expect, it } from 'vitest';
import { presenceNotices } from './presence-notice';

const U = '00000000-0000-4000-8000-000000000001';
const SUPERVISOR = '00000000-0000-4000-8000-000000000002';

function chat(id: string, state: PresenceTargetView['state']): PresenceTargetView {
  return {
    kind: 'chat_channel',
    id,
    name: id,
    queueId: id,
    queueName: id,
    direction: null,
    channelType: 'webchat',
    state,
    reasonId: null,
    reasonName: state === 'paused' ? 'Almoço' : null,
    since: state === 'offline' ? null : '2025-01-01T12:00:00.000Z',
  };
}

function snapshot(targets: PresenceTargetView[], change?: PresenceSnapshot['change']): PresenceSnapshot {
  const logged = targets.filter((t) => t.state !== 'offline');
  const group = {
    online: logged.length > 0,
    paused: logged.length > 0 && logged.every((t) => t.state === 'paused'),
    logged: logged.length,
    total: targets.length,
    targets,
  };
  const empty = { online: false, paused: false, logged: 0, total: 0, targets: [] };
  return { userId: U, voice: empty, chat: group, serverTime: '2025-01-01T12:05:00.000Z', ...(change ? { change } : {}) };
}

const online = snapshot([chat('WebChat', 'online')]);
const by = (cause: NonNullable<PresenceSnapshot['change']>['cause'], actorId: string | null = null) => ({ cause, actorId, actorName: null });

describe('presenceNotices', () => {
  it('says nothing of the agent’s own logout, whenever its push arrives (one channel or the whole platform)', () => {
    expect(presenceNotices(online, snapshot([chat('WebChat', 'offline')], by('self', U)))).toEqual([]);
    expect(presenceNotices(online, snapshot([chat('WebChat', 'offline')], by('logout', U)))).toEqual([]);
  });

  it('says nothing of the agent’s own pause', () => {
    expect(presenceNotices(online, snapshot([chat('WebChat', 'paused')], by('self', U)))).toEqual([]);
  });

  it('announces a supervisor’s forced logout and pause as the supervisor’s', () => {
    const out = presenceNotices(online, snapshot([chat('WebChat', 'offline')], by('supervisor', SUPERVISOR)));
    expect(out).toMatchObject([{ kind: 'loggedOut', cause: 'supervisor', targets: [{ id: 'WebChat' }] }]);
    const paused = presenceNotices(online, snapshot([chat('WebChat', 'paused')], by('supervisor', SUPERVISOR)));
    expect(paused).toMatchObject([{ kind: 'paused', cause: 'supervisor', reason: 'Almoço' }]);
  });

  it('names the grace period and a removed queue link as what logged the agent out, not the supervision', () => {
    expect(presenceNotices(online, snapshot([chat('WebChat', 'offline')], by('grace')))).toMatchObject([{ kind: 'loggedOut', cause: 'grace' }]);
    expect(presenceNotices(online, snapshot([chat('WebChat', 'offline')], by('unlinked')))).toMatchObject([{ kind: 'loggedOut', cause: 'unlinked' }]);
  });

  it('treats a supervisor changing their own presence from "Agentes" as their own doing', () => {
    expect(presenceNotices(online, snapshot([chat('WebChat', 'offline')], by('supervisor', U)))).toEqual([]);
  });

  it('says nothing for a push without a cause', () => {
    expect(presenceNotices(online, snapshot([chat('WebChat', 'offline')]))).toEqual([]);
  });
});
