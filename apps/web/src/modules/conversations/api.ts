import type { AlertView, ChatMessage, ChatSummary, CreateChatBody } from '@atende/shared';
import { api } from '../../app/api';

// SPEC ALR-02, ALR-04: the collaboration module's REST API (alert actions are the alerts module's).

export type { AlertView, ChatMessage, ChatSummary };
export type Person = { id: string; name: string; avatarUrl: string | null };

export const chatKeys = {
  all: ['chats'] as const,
  list: ['chats', 'list'] as const,
  unread: ['chats', 'unread'] as const,
  messages: (id: string) => ['chats', 'messages', id] as const,
  people: (q: string) => ['chats', 'people', q] as const,
};

export const listChats = (signal?: AbortSignal) => api.get<{ chats: ChatSummary[] }>('/api/chats', undefined, signal);
export const unreadTotal = (signal?: AbortSignal) => api.get<{ total: number }>('/api/chats/unread', undefined, signal);
export const createChat = (body: CreateChatBody) => api.post<ChatSummary>('/api/chats', body);
export const listMessages = (id: string, signal?: AbortSignal) =>
  api.get<{ messages: ChatMessage[] }>(`/api/chats/${id}/messages`, { limit: '100' }, signal);
export const sendMessage = (id: string, body: { body: string; mentions: string[] }) => api.post<ChatMessage>(`/api/chats/${id}/messages`, body);
export function sendAttachment(id: string, file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.post<ChatMessage>(`/api/chats/${id}/attachments`, form);
}
export const markChatRead = (id: string, seq: number) => api.post<{ total: number }>(`/api/chats/${id}/read`, { seq });
export const searchPeople = (search: string, signal?: AbortSignal) =>
  api.get<{ items: Person[] }>('/api/directory', search ? { search } : undefined, signal);
