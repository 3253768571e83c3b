import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { onSocketEvent, onSocketReconnect } from '../../app/socket';
import { chatKeys, createChat, listChats, listMessages, markChatRead, searchPeople, sendAttachment, sendMessage, unreadTotal } from './api';
import type { CreateChatBody } from '@atende/shared';

// SPEC ALR-04 "Conversas": server state through TanStack Query, kept live by 'chat.changed'.

export const useChats = () => useQuery({ queryKey: chatKeys.list, queryFn: ({ signal }) => listChats(signal) });

/** The side menu's badge (ALR-04): unread messages over all my chats. */
export const useUnreadChats = () => useQuery({ queryKey: chatKeys.unread, queryFn: ({ signal }) => unreadTotal(signal) });

export const useChatMessages = (id: string | null) =>
  useQuery({ queryKey: chatKeys.messages(id ?? ''), queryFn: ({ signal }) => listMessages(id!, signal), enabled: Boolean(id) });

export const usePeople = (q: string) => useQuery({ queryKey: chatKeys.people(q), queryFn: ({ signal }) => searchPeople(q, signal) });

export function useCreateChat() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (body: CreateChatBody) => createChat(body), onSuccess: () => qc.invalidateQueries({ queryKey: chatKeys.all }) });
}

export function useSendMessage(chatId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (m: { body: string; mentions: string[] } | { file: File }) => ('file' in m ? sendAttachment(chatId, m.file) : sendMessage(chatId, m)),
    onSuccess: () => qc.invalidateQueries({ queryKey: chatKeys.all }),
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ chatId, seq }: { chatId: string; seq: number }) => markChatRead(chatId, seq),
    onSuccess: (res) => {
      qc.setQueryData(chatKeys.unread, res);
      void qc.invalidateQueries({ queryKey: chatKeys.list });
    },
  });
}

/** Keeps chats, messages and the badge live from the console socket, wherever the user is. */
export function useChatRealtime(): void {
  const qc = useQueryClient();
  useEffect(() => {
    const refresh = (chatId?: string) => {
      void qc.invalidateQueries({ queryKey: chatKeys.list });
      void qc.invalidateQueries({ queryKey: chatKeys.unread });
      if (chatId) void qc.invalidateQueries({ queryKey: chatKeys.messages(chatId) });
    };
    const off = [
      onSocketEvent('chat.changed', (e) => refresh(e.chatId)),
      // An alert's card follows its alert (ALR-04): whichever chat shows it is read again.
      onSocketEvent('alert.changed', () => void qc.invalidateQueries({ queryKey: ['chats', 'messages'] })),
      onSocketReconnect(() => void qc.invalidateQueries({ queryKey: chatKeys.all })),
    ];
    return () => off.forEach((fn) => fn());
  }, [qc]);
}
