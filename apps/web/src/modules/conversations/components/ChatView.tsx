import type { ChatSummary } from '@atende/shared';
import { Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useNotify } from '../../../ui/use-notify';
import { useChatMessages, useMarkRead, useSendMessage } from '../hooks';
import { Composer } from './Composer';
import { MessageItem } from './MessageItem';

// SPEC ALR-04: the open chat, newest message at the bottom, marked read as the user views it.
export function ChatView({ chat, meId }: { chat: ChatSummary; meId: string }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const messages = useChatMessages(chat.id);
  const send = useSendMessage(chat.id);
  const markRead = useMarkRead();
  const bottom = useRef<HTMLDivElement>(null);
  const list = messages.data?.messages ?? [];
  const lastSeq = list.at(-1)?.seq ?? 0;

  useEffect(() => {
    bottom.current?.scrollIntoView({ block: 'end' });
  }, [lastSeq, chat.id]);

  // Read as viewed: when the newest message is on screen, or once the tab comes back into view.
  const { mutate: mark } = markRead;
  useEffect(() => {
    const markIfViewed = () => {
      if (lastSeq > chat.lastReadSeq && document.visibilityState === 'visible') mark({ chatId: chat.id, seq: lastSeq });
    };
    markIfViewed();
    document.addEventListener('visibilitychange', markIfViewed);
    return () => document.removeEventListener('visibilitychange', markIfViewed);
  }, [lastSeq, chat.id, chat.lastReadSeq, mark]);

  const run = (m: Parameters<typeof send.mutate>[0]) => send.mutate(m, { onError: notify.error });

  return (
    <Stack gap="sm" h="100%" style={{ minHeight: 0 }}>
      <Group justify="space-between">
        <Title order={2} size="h4">
          {chat.name}
        </Title>
        <Text size="sm" c="dimmed">
          {chat.kind === 'direct' ? t('conversations.kind.direct') : t('conversations.members', { count: chat.members.length })}
        </Text>
      </Group>
      <ScrollArea style={{ flex: 1 }} type="auto">
        <Stack gap="xs" p="xs" role="log" aria-label={chat.name}>
          {messages.error ? <ErrorAlert error={messages.error} /> : null}
          {messages.isSuccess && !list.length && <Text c="dimmed">{t('conversations.noMessages')}</Text>}
          {list.map((m) => (
            <MessageItem key={m.id} message={m} mine={m.author?.id === meId} />
          ))}
          <div ref={bottom} />
        </Stack>
      </ScrollArea>
      <Composer
        members={chat.members.filter((m) => m.id !== meId)}
        pending={send.isPending}
        onSend={(m) => run(m)}
        onAttach={(file) => run({ file })}
      />
    </Stack>
  );
}
