import type { Message } from '@atende/shared';
import { Box, Divider, Group, Loader, ScrollArea, Stack, Text } from '@mantine/core';
import { Fragment, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmptyConversation } from '../empty-conversation';
import type { Pending } from '../outbox';
import { dayLabel, dayOf } from '../time-format';
import { MessageBubble } from './MessageBubble';
import { PendingBubble } from './PendingBubble';

type Props = {
  messages: Message[];
  pending: Pending[];
  contactName: string;
  typing: boolean;
  onRetry: (clientId: string) => void;
  onDiscard: (clientId: string) => void;
  /** What the log says while it is empty (see `emptyConversation`). */
  empty: EmptyConversation;
  /** Under the log: the composer, or why there is none. */
  footer: ReactNode;
  /** "Reenviar" on undelivered messages: only for the agent holding the attendance (CH-02). */
  canResend?: boolean;
};

const emptyKeys = {
  pending: 'attendances.conversation.empty',
  manual: 'attendances.conversation.emptyManual',
  issued: 'attendances.conversation.emptyIssued',
  closed: 'attendances.conversation.emptyClosed',
} as const;

function DaySeparator({ iso }: { iso: string }) {
  const { t, i18n } = useTranslation();
  const label = dayLabel(iso, i18n.language);
  const text = label === 'today' ? t('attendances.conversation.today') : label === 'yesterday' ? t('attendances.conversation.yesterday') : label;
  return <Divider my={6} label={text} labelPosition="center" />;
}

/** SPEC ATT-05: the transcript, newest at the bottom, following new messages while the agent is there. */
export function Conversation({ messages, pending, contactName, typing, onRetry, onDiscard, empty, footer, canResend = false }: Props) {
  const { t } = useTranslation();
  const viewport = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const log = useRef<HTMLDivElement>(null);
  const count = messages.length + pending.length;

  // Keep the newest message in view unless the agent scrolled up to read older ones.
  useLayoutEffect(() => {
    const el = viewport.current;
    if (el && atBottom.current) el.scrollTop = el.scrollHeight;
  }, [count, typing]);

  // The log also grows by itself (images loading, a sent message replacing its pending bubble):
  // follow it while the agent is at the bottom.
  useEffect(() => {
    const el = viewport.current;
    const content = log.current;
    if (!el || !content || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (atBottom.current) el.scrollTop = el.scrollHeight;
    });
    observer.observe(content);
    return () => observer.disconnect();
  }, []);

  const onScroll = () => {
    const el = viewport.current;
    if (el) atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 120;
  };

  return (
    <Box style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }} bg="gray.0">
      <ScrollArea viewportRef={viewport} onScrollPositionChange={onScroll} style={{ flex: 1 }} type="auto">
        <Stack ref={log} gap={10} p="md" role="log" aria-label={t('attendances.conversation.label')}>
          {messages.length === 0 && pending.length === 0 && (
            <Text size="sm" c="dimmed" ta="center" py="xl">
              {t(emptyKeys[empty])}
            </Text>
          )}
          {messages.map((m, i) => (
            <Fragment key={m.seq}>
              {(i === 0 || dayOf(messages[i - 1]!.createdAt) !== dayOf(m.createdAt)) && <DaySeparator iso={m.createdAt} />}
              <MessageBubble message={m} contactName={contactName} canResend={canResend} />
            </Fragment>
          ))}
          {pending.map((p) => (
            <PendingBubble key={p.clientId} pending={p} onRetry={() => onRetry(p.clientId)} onDiscard={() => onDiscard(p.clientId)} />
          ))}
        </Stack>
      </ScrollArea>
      <Box h={24} px="md" aria-live="polite">
        {typing && (
          <Group gap={6} wrap="nowrap">
            <Loader type="dots" size="xs" color="gray" aria-hidden />
            <Text size="xs" c="dimmed" fs="italic">
              {contactName} {t('attendances.conversation.typing')}
            </Text>
          </Group>
        )}
      </Box>
      {footer}
    </Box>
  );
}
