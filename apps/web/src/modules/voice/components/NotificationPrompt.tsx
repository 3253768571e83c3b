import { Alert, Button, Group, Text } from '@mantine/core';
import { IconBellRinging } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notificationPermission, requestNotificationPermission } from '../../../app/notifications';

/**
 * SPEC VOX-01: "Nova chamada" reaches the agent through the browser's notifications; until they
 * are allowed, ask politely here, from a click (browsers ignore prompts that are not).
 */
export function NotificationPrompt() {
  const { t } = useTranslation();
  const [permission, setPermission] = useState(notificationPermission);
  if (permission !== 'default') return null;
  return (
    <Alert variant="light" color="indigo" radius="md" mb="md" icon={<IconBellRinging size={18} />}>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm">{t('voice.ringing.permissionText')}</Text>
        <Button size="xs" onClick={() => void requestNotificationPermission().then(setPermission)}>
          {t('notifications.enable')}
        </Button>
      </Group>
    </Alert>
  );
}
