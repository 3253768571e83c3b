import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAppUser } from '../hooks';
import { LevelBadge, StateBadge } from './AlertBadges';

/** SPEC ALR-07: the alerts one app user fired, newest first. */
export function AppUserAlerts({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const user = useAppUser(id);
  if (!user.data) return null;
  return (
    <Paper withBorder radius="lg" p="md" mt="md">
      <Title order={3} size="h5" mb="sm">
        {t('alerts.users.alerts', { name: user.data.name })}
      </Title>
      {user.data.alerts.length === 0 && <Text c="dimmed">{t('alerts.users.noAlerts')}</Text>}
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {user.data.alerts.map((a) => (
          <Group key={a.id} component="li" gap="sm">
            <LevelBadge level={a.level} />
            <Text size="sm">{new Date(a.firedAt).toLocaleString(i18n.language)}</Text>
            <StateBadge state={a.state} />
            {a.closingNote && (
              <Text size="sm" c="dimmed">
                {a.closingNote}
              </Text>
            )}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
