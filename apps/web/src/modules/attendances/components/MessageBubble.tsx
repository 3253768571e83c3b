import type { Message } from '@atende/shared';
import { Badge, Box, Group, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { systemText } from '../system-message';
import { formatTime } from '../time-format';
import { DeliveryStatus } from './DeliveryStatus';
import { MessageContent } from './MessageContent';
import { Reactions } from './Reactions';

/** A centred timeline line: protocol issued, finished, transferred (the last one staff-only). */
export function SystemLine({ message }: { message: Message }) {
  const { t, i18n } = useTranslation();
  return (
    <Group justify="center" data-seq={message.seq} data-kind="system" py={4}>
      <Text
        size="xs"
        c={message.internal ? 'yellow.9' : 'dimmed'}
        bg={message.internal ? 'yellow.0' : 'gray.1'}
        px="sm"
        py={4}
        ta="center"
        maw="85%"
        style={{ borderRadius: 99 }}
      >
        {systemText(t, message.body)} · {formatTime(message.createdAt, i18n.language)}
      </Text>
    </Group>
  );
}

type Props = { message: Message; contactName: string; canResend?: boolean };

/**
 * SPEC ATT-05: the contact on the left, the agents on the right with their names, internal notes
 * in yellow and marked "Nota interna"; what channels carry besides text (CH-02, CH-03) by kind,
 * with reactions, "(editada)" and delivery ticks. Text is always text: React escapes it.
 */
export function MessageBubble({ message, contactName, canResend = false }: Props) {
  const { t, i18n } = useTranslation();
  if (message.authorKind === 'system') return <SystemLine message={message} />;
  const agent = message.authorKind === 'agent';
  const note = message.internal;
  const palette = note
    ? { bg: 'var(--mantine-color-yellow-0)', border: '1px dashed var(--mantine-color-yellow-6)', color: 'var(--mantine-color-dark-7)' }
    : agent
      ? { bg: 'var(--mantine-color-indigo-6)', border: '1px solid var(--mantine-color-indigo-6)', color: 'white' }
      : { bg: 'white', border: '1px solid var(--mantine-color-gray-3)', color: 'var(--mantine-color-dark-7)' };
  const author = agent ? (message.authorName ?? '') : contactName;
  return (
    <Box
      data-seq={message.seq}
      data-kind={note ? 'note' : message.authorKind}
      style={{ display: 'flex', flexDirection: 'column', alignItems: agent ? 'flex-end' : 'flex-start' }}
    >
      <Group gap={6} mb={2} px={4} wrap="nowrap">
        {note && (
          <Badge size="xs" color="yellow" variant="filled" leftSection={<IconLock size={10} />} c="dark.7">
            {t('attendances.conversation.internalNote')}
          </Badge>
        )}
        <Text size="xs" fw={600} c="dimmed">
          {author}
        </Text>
        <Text size="xs" c="dimmed">
          {formatTime(message.createdAt, i18n.language)}
        </Text>
        {message.editedAt && (
          <Text size="xs" c="dimmed" fs="italic">
            {t('chat.edited')}
          </Text>
        )}
      </Group>
      <Box
        maw="78%"
        px="sm"
        py={8}
        style={{
          background: palette.bg,
          border: palette.border,
          color: palette.color,
          borderRadius: 14,
          borderTopRightRadius: agent ? 4 : 14,
          borderTopLeftRadius: agent ? 14 : 4,
          boxShadow: agent && !note ? '0 1px 2px rgba(49, 46, 129, .25)' : '0 1px 2px rgba(0,0,0,.04)',
        }}
      >
        <MessageContent message={message} inverted={agent && !note} />
      </Box>
      <Reactions reactions={message.reactions} />
      <DeliveryStatus message={message} canResend={canResend} />
    </Box>
  );
}
