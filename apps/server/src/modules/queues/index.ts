// Queues (ARCHITECTURE §3a "definitions low"): queues, memberships and channel definitions, the
// data that attendances, presence, routing and channels read. It imports no module above it.
export { queuesPlugin } from './queues.plugin.js';
export { seedQueuesDemo } from './seed-demo.js';
export { preChatOf } from './pre-chat.js';
export { voiceQueueOf } from './channel-voice.js';

import type { ChannelType } from '@atende/shared';
import type { Scope, SystemScope } from '../../platform/db/tenant.js';
import { channelsRepo } from './channels.repository.js';
import { queuesRepo } from './queues.repository.js';

export type AgentQueue = { id: string; name: string; kind: 'voice' | 'chat'; direction: 'inbound' | 'outbound' | null; capacity: number };
export type QueueRow = NonNullable<Awaited<ReturnType<typeof queuesRepo.byId>>>;
export type QueueChannel = { id: string; name: string; type: ChannelType; queueId: string };
export type ChannelRow = NonNullable<Awaited<ReturnType<typeof channelsRepo.byToken>>>;

/** The active queues an agent works in (SPEC ORG-05). */
export const agentQueues = (s: Scope, userId: string): Promise<AgentQueue[]> => queuesRepo.agentQueues(s, userId);
/** Every queue an agent is a member of, active or not. */
export const queueIdsOfAgent = (s: Scope, userId: string): Promise<string[]> => queuesRepo.queuesOfAgent(s, userId);
/** A queue of this organization, or undefined. */
export const queueById = (s: Scope, queueId: string): Promise<QueueRow | undefined> => queuesRepo.byId(s, queueId);
/** A queue's members with their capacity (SPEC ATT-02). */
export const queueMembers = (s: Scope, queueId: string): Promise<{ userId: string; capacity: number }[]> => queuesRepo.members(s, queueId);
/** The company a queue serves (PAN-01: an attendance's company comes from its queue). */
export const queueCompany = async (s: Scope, queueId: string): Promise<string | null> => (await queuesRepo.byId(s, queueId))?.companyId ?? null;
/** The kind of a queue of this organization, or undefined when there is none with that id. */
export const queueKind = async (s: Scope, queueId: string): Promise<'voice' | 'chat' | undefined> => (await queuesRepo.byId(s, queueId))?.kind;
/** The active channels feeding any of these queues. */
export const channelsForQueues = (s: Scope, queueIds: string[]): Promise<QueueChannel[]> => channelsRepo.forQueues(s, queueIds);
/** A channel by its public token: widgets and webhooks name their channel before any tenant is known. */
export const channelByToken = (s: SystemScope, token: string): Promise<ChannelRow | undefined> => channelsRepo.byToken(s, token);
/** Every channel of the organization, by name (the admin's list). */
export const listChannels = (s: Scope): Promise<ChannelRow[]> => channelsRepo.list(s);
/** One channel of this organization, or undefined. */
export const channelById = (s: Scope, id: string): Promise<ChannelRow | undefined> => channelsRepo.byId(s, id);
/** Stores a channel's provider settings, encrypted secrets and webhook routing key (CH-02, CH-03). */
export const setChannelProvider = (
  s: Scope,
  id: string,
  values: { settings: Record<string, unknown>; secrets: Record<string, string>; providerKey: string | null },
): Promise<ChannelRow | undefined> => channelsRepo.update(s, id, values);
/** Channels a webhook names by a provider key (WhatsApp phone_number_id), whatever the organization. */
export const channelsByProviderKey = (s: SystemScope, type: ChannelType, keys: string[]): Promise<ChannelRow[]> =>
  channelsRepo.byProviderKeys(s, type, keys);
export { createChannelCommand, rotateChannelSecretCommand, updateChannelCommand } from './commands/save-channel.command.js';
/** Every channel of a type, whatever the organization (a webhook handshake names no channel). */
export const channelsOfType = (s: SystemScope, type: ChannelType): Promise<ChannelRow[]> => channelsRepo.ofType(s, type);
/** The organization's voice queues, by name (a PBX names its queue, SPEC VOX-06b). */
export const voiceQueues = async (s: Scope): Promise<QueueRow[]> => (await queuesRepo.list(s)).filter((q) => q.kind === 'voice');
