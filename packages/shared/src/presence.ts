// SPEC WS-03…WS-07: the agent's presence per voice queue and per chat channel, as pure rules.
// The server loads the open intervals, asks `planPresence` what to change, and writes the result;
// the same rules are unit-tested here without a database or a clock.

export type TargetKind = 'voice_queue' | 'chat_channel';
export type PresenceState = 'online' | 'paused';

/** Something an agent can log into: a voice queue, or a chat channel (which feeds `queueId`). */
export type PresenceTarget = { kind: TargetKind; id: string; queueId: string };

/** An open presence interval: the agent is online or paused on this target since `since`. */
export type OpenInterval = { kind: TargetKind; targetId: string; state: PresenceState; reasonId: string | null; since: Date };

export type PresenceAction =
  | { type: 'login'; kind: TargetKind; targetId: string }
  | { type: 'logout'; kind: TargetKind; targetId: string }
  | { type: 'pause_voice'; reasonId: string }
  | { type: 'resume_voice' }
  | { type: 'pause_chat'; channelId: string; reasonId: string }
  | { type: 'resume_chat'; channelId: string }
  | { type: 'logout_all' };

export type PresenceChange =
  | { op: 'close'; kind: TargetKind; targetId: string }
  | { op: 'open'; kind: TargetKind; targetId: string; state: PresenceState; reasonId: string | null };

export type PresenceError = 'PRESENCE_NOT_MEMBER' | 'PRESENCE_NOT_ONLINE' | 'PRESENCE_NOT_PAUSED' | 'PRESENCE_REASON_REQUIRED';

export type PlanResult = { ok: true; changes: PresenceChange[] } | { ok: false; error: PresenceError };

const key = (kind: TargetKind, id: string) => `${kind}:${id}`;

/**
 * Decides the interval changes for one action. `targets` are the targets the agent is linked to;
 * `open` the agent's open intervals; `activeReasonIds` the organization's active pause reasons.
 */
export function planPresence(
  action: PresenceAction,
  targets: PresenceTarget[],
  open: OpenInterval[],
  activeReasonIds: ReadonlySet<string>,
): PlanResult {
  const openByKey = new Map(open.map((i) => [key(i.kind, i.targetId), i]));
  const changes: PresenceChange[] = [];
  const switchTo = (i: OpenInterval, state: PresenceState, reasonId: string | null) => {
    changes.push({ op: 'close', kind: i.kind, targetId: i.targetId }, { op: 'open', kind: i.kind, targetId: i.targetId, state, reasonId });
  };

  switch (action.type) {
    case 'login': {
      const target = targets.find((t) => t.kind === action.kind && t.id === action.targetId);
      if (!target) return { ok: false, error: 'PRESENCE_NOT_MEMBER' };
      if (openByKey.has(key(action.kind, action.targetId))) return { ok: true, changes }; // already in: idempotent
      // Joining a chat channel whose queue is paused joins paused too (WS-06: the queue pauses as one).
      const sibling =
        action.kind === 'chat_channel'
          ? open.find((i) => i.kind === 'chat_channel' && i.state === 'paused' && queueOf(targets, i) === target.queueId)
          : undefined;
      // Likewise voice: while voice is paused, a newly logged queue starts paused (WS-05).
      const voicePaused = action.kind === 'voice_queue' ? open.find((i) => i.kind === 'voice_queue' && i.state === 'paused') : undefined;
      const pausedBy = sibling ?? voicePaused;
      changes.push({
        op: 'open',
        kind: action.kind,
        targetId: action.targetId,
        state: pausedBy ? 'paused' : 'online',
        reasonId: pausedBy?.reasonId ?? null,
      });
      return { ok: true, changes };
    }
    case 'logout': {
      if (openByKey.has(key(action.kind, action.targetId))) changes.push({ op: 'close', kind: action.kind, targetId: action.targetId });
      return { ok: true, changes };
    }
    case 'logout_all': {
      for (const i of open) changes.push({ op: 'close', kind: i.kind, targetId: i.targetId });
      return { ok: true, changes };
    }
    case 'pause_voice': {
      if (!activeReasonIds.has(action.reasonId)) return { ok: false, error: 'PRESENCE_REASON_REQUIRED' };
      const online = open.filter((i) => i.kind === 'voice_queue' && i.state === 'online');
      if (!online.length) return { ok: false, error: 'PRESENCE_NOT_ONLINE' };
      for (const i of online) switchTo(i, 'paused', action.reasonId);
      return { ok: true, changes };
    }
    case 'resume_voice': {
      const paused = open.filter((i) => i.kind === 'voice_queue' && i.state === 'paused');
      if (!paused.length) return { ok: false, error: 'PRESENCE_NOT_PAUSED' };
      for (const i of paused) switchTo(i, 'online', null);
      return { ok: true, changes };
    }
    case 'pause_chat':
    case 'resume_chat': {
      const pausing = action.type === 'pause_chat';
      const channel = targets.find((t) => t.kind === 'chat_channel' && t.id === action.channelId);
      if (!channel) return { ok: false, error: 'PRESENCE_NOT_MEMBER' };
      if (pausing && !activeReasonIds.has(action.reasonId)) return { ok: false, error: 'PRESENCE_REASON_REQUIRED' };
      const self = openByKey.get(key('chat_channel', channel.id));
      if (!self || self.state !== (pausing ? 'online' : 'paused'))
        return { ok: false, error: pausing ? 'PRESENCE_NOT_ONLINE' : 'PRESENCE_NOT_PAUSED' };
      // WS-06: channels feeding the same queue pause and resume together.
      const group = open.filter((i) => i.kind === 'chat_channel' && queueOf(targets, i) === channel.queueId && i.state === self.state);
      for (const i of group) switchTo(i, pausing ? 'paused' : 'online', pausing ? action.reasonId : null);
      return { ok: true, changes };
    }
  }
}

function queueOf(targets: PresenceTarget[], i: OpenInterval): string | undefined {
  return targets.find((t) => t.kind === i.kind && t.id === i.targetId)?.queueId;
}

/** WS-03: "Online" when logged into at least one target of the kind, with logged/total. */
export function presenceSummary(kind: TargetKind, targets: PresenceTarget[], open: OpenInterval[]) {
  const total = targets.filter((t) => t.kind === kind).length;
  const logged = open.filter((i) => i.kind === kind).length;
  return { online: logged > 0, logged, total, paused: logged > 0 && open.filter((i) => i.kind === kind).every((i) => i.state === 'paused') };
}

/** SPEC WS-02, PLT-06: an agent with no live connection for longer than the grace period is logged out. */
export function isPastGrace(lastSeenAt: Date, now: Date, graceSeconds: number): boolean {
  return now.getTime() - lastSeenAt.getTime() > graceSeconds * 1000;
}
