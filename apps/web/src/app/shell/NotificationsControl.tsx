import { ActionIcon, Button, Popover, Stack, Switch, Text, Tooltip } from '@mantine/core';
import { IconBell, IconBellOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notificationPermission, requestNotificationPermission } from '../notifications';
import { useUserPrefs } from '../use-user-prefs';
import { writePrefs } from '../user-prefs';

/** SPEC WS-10: browser notifications and their sound, per user and browser. */
export function NotificationsControl({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const prefs = useUserPrefs(userId);
  const [permission, setPermission] = useState(notificationPermission);
  const ask = async () => setPermission(await requestNotificationPermission());
  return (
    <Popover position="bottom-end" width={300} shadow="lg" radius="md" withArrow onOpen={() => setPermission(notificationPermission())}>
      <Tooltip label={t('notifications.title')} withArrow>
        <Popover.Target>
          <ActionIcon variant="subtle" color="gray" size={36} radius="xl" aria-label={t('notifications.title')}>
            {prefs.sound ? <IconBell size={20} /> : <IconBellOff size={20} />}
          </ActionIcon>
        </Popover.Target>
      </Tooltip>
      <Popover.Dropdown>
        <Stack gap="sm">
          <Text size="sm" fw={700}>
            {t('notifications.title')}
          </Text>
          <Text size="sm" c="dimmed">
            {t(`notifications.permission.${permission}`)}
          </Text>
          {permission === 'default' && (
            <Button size="xs" variant="light" onClick={() => void ask()}>
              {t('notifications.enable')}
            </Button>
          )}
          <Switch label={t('notifications.sound')} checked={prefs.sound} onChange={(e) => writePrefs(userId, { sound: e.currentTarget.checked })} />
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
