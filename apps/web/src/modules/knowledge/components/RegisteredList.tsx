import { Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useAttendanceKnowledge } from '../hooks';

/** SPEC ATT-07: the information given and the requests registered in this attendance. */
export function RegisteredList({ attendanceId }: { attendanceId: string }) {
  const { t } = useTranslation();
  const k = useAttendanceKnowledge(attendanceId);
  if (k.isPending) return <Loader size="sm" />;
  if (!k.data) return <ErrorAlert error={k.error} />;
  const { informations, requests } = k.data;
  return (
    <Stack gap="sm">
      <Stack gap={2} role="group" aria-label={t('knowledge.registered.informations')}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {t('knowledge.registered.informations')}
        </Text>
        {informations.length ? (
          informations.map((i) => (
            <Text key={i.id} size="sm" c="blue.8">
              {i.title}
            </Text>
          ))
        ) : (
          <Text size="sm" c="dimmed">
            {t('knowledge.registered.none')}
          </Text>
        )}
      </Stack>
      <Stack gap={2} role="group" aria-label={t('knowledge.registered.requests')}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {t('knowledge.registered.requests')}
        </Text>
        {requests.length ? (
          requests.map((r) => (
            <Text key={r.id} size="sm" c="green.8">
              {t('knowledge.registered.request', { protocol: r.protocol, title: r.title })}
            </Text>
          ))
        ) : (
          <Text size="sm" c="dimmed">
            {t('knowledge.registered.none')}
          </Text>
        )}
      </Stack>
    </Stack>
  );
}
