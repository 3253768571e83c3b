import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { usePersonAttendances } from '../hooks/use-attendances';
import { formatDateTime } from '../time-format';
import { ChannelIcon } from './ChannelIcon';

/** SPEC PER-04 "Histórico" → "Atendimentos": the linked person's attendances, newest first. */
export function PersonHistoryTab({ personId, currentId }: { personId: string | null; currentId: string }) {
  const { t, i18n } = useTranslation();
  const history = usePersonAttendances(personId);
  if (!personId) {
    return (
      <Text size="sm" c="dimmed">
        {t('attendances.personHistory.needPerson')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <Title order={3} fz="sm">
        {t('attendances.personHistory.title')}
      </Title>
      <ErrorAlert error={history.error} />
      {history.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('attendances.personHistory.empty')}
        </Text>
      )}
      <Stack gap={6} role="list" aria-label={t('attendances.personHistory.title')}>
        {history.data?.map((a) => (
          <Paper key={a.id} withBorder radius="md" p="xs" role="listitem" bg={a.id === currentId ? 'indigo.0' : undefined}>
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <ChannelIcon type={a.channelType} size={26} />
              <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                <Group justify="space-between" gap={4} wrap="nowrap">
                  <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {a.protocol ?? t('attendances.header.code', { code: a.code })}
                  </Text>
                  <Badge size="xs" variant="light" color={a.status === 'finished' ? 'gray' : 'teal'}>
                    {t(`attendances.status.${a.status}`)}
                  </Badge>
                </Group>
                <Text size="xs" c="dimmed">
                  {formatDateTime(a.createdAt, i18n.language)}
                  {a.closingClassification ? ` · ${a.closingClassification}` : ''}
                </Text>
              </Stack>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
