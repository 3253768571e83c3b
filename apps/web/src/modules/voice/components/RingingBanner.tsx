import { Button, Group, Paper, Portal, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconPhoneIncoming } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useRingingCalls } from '../hooks/use-calls';

/**
 * SPEC VOX-01: in the console's bottom right corner (where seed 003 places "Nova chamada") while
 * a call rings at this agent, on every page but "Tocando" itself; the in-app counterpart of the
 * browser notification, which the agent may not have allowed.
 */
export function RingingBanner({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const ringing = useRingingCalls(enabled);
  const calls = ringing.data ?? [];
  if (!enabled || calls.length === 0 || pathname.startsWith('/voice/ringing')) return null;
  const first = calls[0]!;
  return (
    <Portal>
      <Paper
        withBorder
        shadow="lg"
        radius="lg"
        p="sm"
        role="alert"
        aria-label={t('voice.ringing.notificationTitle')}
        style={{ position: 'fixed', right: 16, bottom: 16, zIndex: 300, minWidth: 260 }}
      >
        <Group gap="sm" wrap="nowrap" justify="space-between">
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon color="teal" radius="xl" size={36} aria-hidden>
              <IconPhoneIncoming size={20} />
            </ThemeIcon>
            <Stack gap={0}>
              <Text fw={700} size="sm">
                {t('voice.ringing.notificationTitle')}
              </Text>
              <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {first.from}
                {calls.length > 1 ? ` ${t('voice.ringing.more', { count: calls.length - 1 })}` : ''}
              </Text>
            </Stack>
          </Group>
          <Button component={Link} to="/voice/ringing" size="xs" color="teal">
            {t('voice.ringing.title')}
          </Button>
        </Group>
      </Paper>
    </Portal>
  );
}
