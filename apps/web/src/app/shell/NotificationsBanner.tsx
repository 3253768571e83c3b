import { Button, Group, Paper, Text, ThemeIcon } from '@mantine/core';
import { IconBellRinging } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notificationPermission, requestNotificationPermission } from '../notifications';
import { useUserPrefs } from '../use-user-prefs';
import { writePrefs } from '../user-prefs';

/**
 * SPEC WS-10: asks once, from a click (browsers ignore or block prompts on page load), whether
 * the console may show notifications. "Agora não" hides it; the bell in the top bar still offers it.
 */
export function NotificationsBanner({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const prefs = useUserPrefs(userId);
  const [permission, setPermission] = useState(notificationPermission);
  if (permission !== 'default' || prefs.notificationsAsked) return null;
  return (
    <Paper withBorder radius="lg" p="sm" mb="lg" bg="indigo.0" role="region" aria-label={t('notifications.title')}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon variant="light" radius="xl" size={36} aria-hidden>
            <IconBellRinging size={20} />
          </ThemeIcon>
          <Text size="sm">{t('notifications.bannerText')}</Text>
        </Group>
        <Group gap="xs">
          <Button size="xs" variant="subtle" color="gray" onClick={() => writePrefs(userId, { notificationsAsked: true })}>
            {t('notifications.later')}
          </Button>
          <Button size="xs" onClick={() => void requestNotificationPermission().then(setPermission)}>
            {t('notifications.enable')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
