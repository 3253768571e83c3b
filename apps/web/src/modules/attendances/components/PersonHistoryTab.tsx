import type { AttendanceSummary } from '@atende/shared';
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { isActiveFor } from '../attendance-list';
import { displayName } from '../display-name';
import { usePersonAttendances } from '../hooks/use-attendances';
import { formatDateTime } from '../time-format';
import { ChannelIcon } from './ChannelIcon';

/**
 * SPEC PER-04 "Histórico" → "Atendimentos": the linked person's attendances, newest first. Each opens
 * by its protocol (seed 002 §1.4): the agent's own open ones in the workspace, any other read-only
 * (ATT-09), with the way back to where the agent was.
 */
export function PersonHistoryTab({ personId, currentId }: { personId: string | null; currentId: string }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const { pathname } = useLocation();
  const history = usePersonAttendances(personId);
  if (!personId) {
    return (
      <Text size="sm" c="dimmed">
        {t('attendances.personHistory.needPerson')}
      </Text>
    );
  }
  const row = (a: AttendanceSummary): ReactNode => {
    const label = a.protocol ?? t('attendances.header.code', { code: a.code });
    const current = a.id === currentId;
    const body = (
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ChannelIcon type={a.channelType} size={26} />
        <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" gap={4} wrap="nowrap">
            <Text size="sm" fw={600} c={current ? undefined : 'indigo.8'} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {label}
            </Text>
            <Badge size="xs" variant="light" color={a.status === 'finished' ? 'gray' : 'teal'}>
              {t(`attendances.status.${a.status}`)}
            </Badge>
          </Group>
          <Text size="xs" truncate>
            {displayName(a, t('attendances.anonymous'))}
          </Text>
          <Text size="xs" c="dimmed">
            {current ? `${t('attendances.personHistory.current')} · ` : ''}
            {formatDateTime(a.createdAt, i18n.language)}
            {a.closingClassification ? ` · ${a.closingClassification}` : ''}
          </Text>
        </Stack>
      </Group>
    );
    if (current) {
      return (
        <Paper key={a.id} withBorder radius="md" p="xs" role="listitem" bg="indigo.0" aria-current="true">
          {body}
        </Paper>
      );
    }
    const own = isActiveFor(a, me.id);
    return (
      <div key={a.id} role="listitem">
        <Paper
          component={Link}
          to={own ? `/attendances/${a.id}` : `/attendances/history/${a.id}`}
          state={own ? undefined : { from: pathname }}
          withBorder
          radius="md"
          p="xs"
          aria-label={own ? label : t('attendances.personHistory.open', { protocol: label })}
          style={{ display: 'block', color: 'inherit', textDecoration: 'none' }}
        >
          {body}
        </Paper>
      </div>
    );
  };
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
        {history.data?.map(row)}
      </Stack>
    </Stack>
  );
}
