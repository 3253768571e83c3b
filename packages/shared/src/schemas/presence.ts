import { z } from 'zod';

// SPEC WS-03…WS-07: what the console and the supervisor's "Agentes" view show of presence.
export const targetKinds = ['voice_queue', 'chat_channel'] as const;

export const presenceTargetView = z.object({
  kind: z.enum(targetKinds),
  id: z.uuid(),
  name: z.string(),
  queueId: z.uuid(),
  queueName: z.string(),
  direction: z.enum(['inbound', 'outbound']).nullable(),
  channelType: z.string().nullable(),
  state: z.enum(['offline', 'online', 'paused']),
  reasonId: z.uuid().nullable(),
  reasonName: z.string().nullable(),
  /** When the current state began; the console counts up from it (WS-07). */
  since: z.string().nullable(),
});
export type PresenceTargetView = z.infer<typeof presenceTargetView>;

const group = z.object({
  online: z.boolean(),
  paused: z.boolean(),
  logged: z.number().int(),
  total: z.number().int(),
  targets: z.array(presenceTargetView),
});

export const presenceSnapshot = z.object({
  userId: z.uuid(),
  voice: group,
  chat: group,
  /** Lets a client correct its clock before counting timers. */
  serverTime: z.string(),
  /** On live pushes: what caused this change and who (a supervisor's forced pause, the grace period…). */
  change: z
    .object({
      cause: z.enum(['self', 'supervisor', 'logout', 'grace', 'state_change', 'unlinked']),
      actorId: z.uuid().nullable(),
      actorName: z.string().nullable(),
    })
    .optional(),
});
export type PresenceSnapshot = z.infer<typeof presenceSnapshot>;

export const agentPresence = presenceSnapshot.extend({
  name: z.string(),
  avatarUrl: z.string().nullable(),
  email: z.string(),
  connected: z.boolean(),
  lastSeenAt: z.string().nullable(),
});
export type AgentPresence = z.infer<typeof agentPresence>;

export const loginTargetBody = z.object({ kind: z.enum(targetKinds), targetId: z.uuid() });
export const pauseBody = z.object({ reasonId: z.uuid() });
export const channelParams = z.object({ channelId: z.uuid() });
export const agentParams = z.object({ userId: z.uuid() });
export const forcePauseBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('voice'), reasonId: z.uuid() }),
  z.object({ kind: z.literal('chat'), channelId: z.uuid(), reasonId: z.uuid() }),
]);
export const forceLogoutBody = z.object({ kind: z.enum(targetKinds).optional(), targetId: z.uuid().optional() });

export const presenceIntervalSchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  kind: z.enum(targetKinds),
  targetId: z.uuid(),
  state: z.enum(['online', 'paused']),
  reasonId: z.uuid().nullable(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  startedBy: z.uuid().nullable(),
  endedBy: z.uuid().nullable(),
  endCause: z.string().nullable(),
  seconds: z.number(),
});
export const intervalsQuery = z.object({ userId: z.uuid(), from: z.iso.datetime({ offset: true }), to: z.iso.datetime({ offset: true }) });
