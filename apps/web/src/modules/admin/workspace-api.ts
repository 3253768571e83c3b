import type {
  Channel,
  channelBody,
  channelProviderBody,
  Company,
  PauseReason,
  pauseReasonBody,
  Queue,
  queueBody,
  updateChannelBody,
} from '@atende/shared';
import type { z } from 'zod';
import { api } from '../../app/api';

// SPEC ORG-05: queues, channels and pause reasons, managed by admins.
export type QueueInput = z.input<typeof queueBody>;
export type QueueMember = { userId: string; capacity: number };
export type ChannelInput = z.input<typeof channelBody>;
export type ChannelUpdate = z.input<typeof updateChannelBody>;
export type ChannelProviderInput = z.input<typeof channelProviderBody>;
export type ChannelTestResult = { ok: boolean; detail: string; code?: string };
export type PauseReasonInput = z.input<typeof pauseReasonBody>;

export const workspaceKeys = {
  queues: ['admin', 'queues'] as const,
  channels: ['admin', 'channels'] as const,
  pauseReasons: ['admin', 'pause-reasons'] as const,
  companies: ['admin', 'companies'] as const,
};

type Items<T> = { items: T[] };

export const listQueues = (signal?: AbortSignal) => api.get<Items<Queue>>('/api/queues', undefined, signal);
export const createQueue = (body: QueueInput) => api.post<Queue>('/api/queues', body);
export const updateQueue = (id: string, body: Partial<QueueInput>) => api.patch<Queue>(`/api/queues/${id}`, body);
export const deleteQueue = (id: string) => api.delete(`/api/queues/${id}`);
export const setQueueMembers = (id: string, members: QueueMember[]) => api.put<Queue>(`/api/queues/${id}/members`, { members });

export const listChannels = (signal?: AbortSignal) => api.get<Items<Channel>>('/api/channels', undefined, signal);
export const createChannel = (body: ChannelInput) => api.post<Channel>('/api/channels', body);
export const updateChannel = (id: string, body: ChannelUpdate) => api.patch<Channel>(`/api/channels/${id}`, body);
// CH-01 identity verification: the secret is read on demand (never listed) and can be rotated.
export const getChannelSecret = (id: string) => api.get<{ secret: string }>(`/api/channels/${id}/secret`);
export const rotateChannelSecret = (id: string) => api.post<{ secret: string }>(`/api/channels/${id}/secret`);
// CH-02, CH-03: provider settings and write-only secrets; the server answers secrets masked.
export const saveChannelProvider = (id: string, body: ChannelProviderInput) => api.put<Channel>(`/api/channels/${id}/provider`, body);
export const testChannel = (id: string) => api.post<ChannelTestResult>(`/api/channels/${id}/test`);
export const registerChannelWebhook = (id: string) => api.post<ChannelTestResult>(`/api/channels/${id}/webhook`);

export const listPauseReasonsAdmin = (signal?: AbortSignal) => api.get<Items<PauseReason>>('/api/pause-reasons', undefined, signal);
export const createPauseReason = (body: PauseReasonInput) => api.post<PauseReason>('/api/pause-reasons', body);
export const updatePauseReason = (id: string, body: Partial<PauseReasonInput>) => api.patch<PauseReason>(`/api/pause-reasons/${id}`, body);

export const listCompanies = (signal?: AbortSignal) => api.get<Items<Company>>('/api/companies', undefined, signal);
