import { Anchor, Box, Group, Text } from '@mantine/core';
import { IconAlertCircle, IconLoader2, IconLock, IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import type { Pending } from '../outbox';

type Props = { pending: Pending; onRetry: () => void; onDiscard: () => void };

/** A message on its way (faded) or refused (with "Tentar novamente", which keeps its clientId). */
export function PendingBubble({ pending, onRetry, onDiscard }: Props) {
  const { t } = useTranslation();
  const failed = pending.state === 'failed';
  return (
    <Box data-pending={pending.state} style={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end' }}>
      <Box
        maw="78%"
        px="sm"
        py={8}
        style={{
          background: pending.internal ? 'var(--mantine-color-yellow-0)' : 'var(--mantine-color-indigo-1)',
          border: `1px ${pending.internal ? 'dashed var(--mantine-color-yellow-6)' : 'solid var(--mantine-color-indigo-2)'}`,
          borderRadius: 14,
          borderTopRightRadius: 4,
          opacity: failed ? 1 : 0.75,
        }}
      >
        {pending.file && (
          <Group gap={6} wrap="nowrap" mb={pending.body ? 4 : 0}>
            <IconPaperclip size={14} aria-hidden />
            <Text size="sm" truncate>
              {pending.file.name}
            </Text>
          </Group>
        )}
        {pending.body && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {pending.body}
          </Text>
        )}
      </Box>
      <Group gap={6} mt={2} px={4} wrap="nowrap" role={failed ? 'alert' : 'status'}>
        {pending.internal && <IconLock size={12} aria-hidden />}
        {failed ? (
          <>
            <IconAlertCircle size={14} color="var(--mantine-color-red-6)" aria-hidden />
            <Text size="xs" c="red.7">
              {t('attendances.conversation.failed')} {errorText(t, pending.error)}
            </Text>
            <Anchor component="button" type="button" size="xs" onClick={onRetry}>
              {t('attendances.conversation.retry')}
            </Anchor>
            <Anchor component="button" type="button" size="xs" c="dimmed" onClick={onDiscard}>
              {t('attendances.conversation.discard')}
            </Anchor>
          </>
        ) : (
          <>
            <IconLoader2 size={12} aria-hidden />
            <Text size="xs" c="dimmed">
              {t('attendances.conversation.sending')}
            </Text>
          </>
        )}
      </Group>
    </Box>
  );
}
