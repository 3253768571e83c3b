import { Alert, Group, Text } from '@mantine/core';
import { IconClockHour4, IconHourglassEmpty } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReplyWindow } from '../reply-window';

/** SPEC CH-02: how long the agent may still write freely ("Janela de atendimento: 3 h 12 min restantes"). */
export function ReplyWindowLeft({ window }: { window: Extract<ReplyWindow, { state: 'open' }> }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} px={4} pb={4} wrap="nowrap" role="status">
      <IconClockHour4 size={14} color="var(--mantine-color-gray-6)" aria-hidden />
      <Text size="xs" c="dimmed">
        {t('chat.window.left', { hours: window.hours, minutes: window.minutes })}
      </Text>
    </Group>
  );
}

/** SPEC CH-02: the window is over: say so, and what the agent can do instead. */
export function ReplyWindowClosed({ hours, templates }: { hours: number; templates: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert variant="light" color="orange" icon={<IconHourglassEmpty size={18} />} py={8} role="status">
      {t(templates ? 'chat.window.closed' : 'chat.window.closedNoTemplates', { hours })}
    </Alert>
  );
}
