import type { AgentPresence, PauseReason, PresenceSnapshot } from '@atende/shared';
import { api } from '../../app/api';

export type TargetKind = 'voice_queue' | 'chat_channel';

export const presenceKeys = {
  me: ['presence', 'me'] as const,
  agents: ['presence', 'agents'] as const,
  pauseReasons: ['presence', 'pause-reasons'] as const,
};

type Items<T> = { items: T[] };

export const fetchMyPresence = (signal?: AbortSignal) => api.get<PresenceSnapshot>('/api/presence/me', undefined, signal);

// SPEC WS-03…WS-06: every change answers with the agent's whole new snapshot.
export const loginTarget = (kind: TargetKind, targetId: string) => api.post<PresenceSnapshot>('/api/presence/me/login', { kind, targetId });
export const logoutTarget = (kind: TargetKind, targetId: string) => api.post<PresenceSnapshot>('/api/presence/me/logout', { kind, targetId });
export const pauseVoice = (reasonId: string) => api.post<PresenceSnapshot>('/api/presence/me/voice/pause', { reasonId });
export const resumeVoice = () => api.post<PresenceSnapshot>('/api/presence/me/voice/resume');
export const pauseChat = (channelId: string, reasonId: string) =>
  api.post<PresenceSnapshot>(`/api/presence/me/chat/${channelId}/pause`, { reasonId });
export const resumeChat = (channelId: string) => api.post<PresenceSnapshot>(`/api/presence/me/chat/${channelId}/resume`);

export const listPauseReasons = (signal?: AbortSignal) => api.get<Items<PauseReason>>('/api/pause-reasons', undefined, signal);

// Supervisors: the "Agentes" view.
export type ForcePause = { kind: 'voice'; reasonId: string } | { kind: 'chat'; channelId: string; reasonId: string };
export type ForceLogout = { kind?: TargetKind; targetId?: string };

export const listAgents = (signal?: AbortSignal) => api.get<Items<AgentPresence>>('/api/presence/agents', undefined, signal);
export const forcePause = (userId: string, body: ForcePause) => api.post<AgentPresence>(`/api/presence/agents/${userId}/pause`, body);
export const forceLogout = (userId: string, body: ForceLogout) => api.post<AgentPresence>(`/api/presence/agents/${userId}/logout`, body);
