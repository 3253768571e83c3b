import type { CallView, DialResult, RecordingSource, RecordingsPage, TransferCallBody } from '@atende/shared';
import { api, buildUrl } from '../../app/api';

// SPEC VOX-01…VOX-05: the console's calls to the voice API (packages/shared/src/schemas/voice.ts).

export const voiceKeys = {
  all: ['voice'] as const,
  ringing: ['voice', 'ringing'] as const,
  history: (date: string) => ['voice', 'history', date] as const,
  call: (id: string) => ['voice', 'call', id] as const,
  recordings: (filters: RecordingFilters) => ['voice', 'recordings', filters] as const,
};

/** `source`: only the calls from one origin (ALR-05: `alert-app`, the alert team's "Gravações"). */
export type RecordingFilters = { q: string; from: string | null; to: string | null; page: number; source?: RecordingSource };

export type CallAction = 'answer' | 'hangup' | 'hold' | 'unhold';

export const fetchRinging = (signal?: AbortSignal) => api.get<{ items: CallView[] }>('/api/voice/calls/ringing', undefined, signal);
export const fetchCallHistory = (date: string, signal?: AbortSignal) =>
  api.get<{ items: CallView[] }>('/api/voice/calls', { date: date || undefined }, signal);
export const fetchCall = (id: string, signal?: AbortSignal) => api.get<CallView>(`/api/voice/calls/${id}`, undefined, signal);
export const callAction = (id: string, action: CallAction) => api.post<CallView>(`/api/voice/calls/${id}/${action}`);
export const muteCall = (id: string, muted: boolean) => api.post<CallView>(`/api/voice/calls/${id}/mute`, { muted });
export const transferCall = (id: string, body: TransferCallBody) => api.post<CallView>(`/api/voice/calls/${id}/transfer`, body);
export const sendDtmf = (id: string, digits: string) => api.post<CallView>(`/api/voice/calls/${id}/dtmf`, { digits });
export const dial = (to: string, personId?: string) => api.post<DialResult>('/api/voice/calls', { to, ...(personId ? { personId } : {}) });

export const fetchRecordings = (f: RecordingFilters, signal?: AbortSignal) =>
  api.get<RecordingsPage>('/api/recordings', { q: f.q || undefined, from: f.from, to: f.to, page: f.page, source: f.source }, signal);
export const recordingAudioUrl = (id: string, download = false) => buildUrl(`/api/recordings/${id}/audio`, download ? { download: 1 } : undefined);
