import type { AttendanceSummary } from '@atende/shared';
import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../ui/DataTable';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { attendanceDurationMs, formatSpan } from '../duration';
import { useAttendanceList } from '../hooks/use-attendances';
import { formatDateTime } from '../time-format';
import { displayName } from '../display-name';
import { ChannelIcon, useChannelName } from './ChannelIcon';
import { Stars } from './Stars';

/** SPEC ATT-09 "Histórico": the agent's finished attendances, newest first; each opens its transcript. */
export function HistoryTable() {
  const { t, i18n } = useTranslation();
  const history = useAttendanceList('history');
  const channelName = useChannelName();
  const columns: Column<AttendanceSummary>[] = [
    {
      key: 'protocol',
      header: t('attendances.history.columns.protocol'),
      width: 170,
      cell: (a) => {
        const label = a.protocol ?? t('attendances.header.code', { code: a.code });
        return (
          <Anchor
            component={Link}
            to={`/attendances/history/${a.id}`}
            fw={600}
            aria-label={t('attendances.history.open', { protocol: label })}
            style={{ fontVariantNumeric: 'tabular-nums' }}
          >
            {label}
          </Anchor>
        );
      },
    },
    {
      key: 'person',
      header: t('attendances.history.columns.person'),
      cell: (a) => <Text size="sm">{displayName(a, t('attendances.anonymous'))}</Text>,
    },
    {
      key: 'channel',
      header: t('attendances.history.columns.channel'),
      cell: (a) => (
        <Group gap={8} wrap="nowrap">
          <ChannelIcon type={a.channelType} size={24} />
          <Text size="sm">{channelName(a.channelType)}</Text>
        </Group>
      ),
    },
    {
      key: 'finishedAt',
      header: t('attendances.history.columns.finishedAt'),
      cell: (a) => <Text size="sm">{a.finishedAt ? formatDateTime(a.finishedAt, i18n.language) : '—'}</Text>,
    },
    {
      key: 'duration',
      header: t('attendances.history.columns.duration'),
      cell: (a) => {
        const ms = attendanceDurationMs(a);
        return (
          <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {ms === null ? '—' : formatSpan(ms)}
          </Text>
        );
      },
    },
    {
      key: 'classification',
      header: t('attendances.history.columns.classification'),
      cell: (a) => <Text size="sm">{a.closingClassification ?? '—'}</Text>,
    },
    { key: 'rating', header: t('attendances.history.columns.rating'), width: 120, cell: (a) => <Stars rating={a.rating} size={15} /> },
  ];
  return (
    <>
      <ErrorAlert error={history.error} />
      <DataTable
        columns={columns}
        rows={history.isError ? [] : history.data}
        rowKey={(a) => a.id}
        empty={t('attendances.history.empty')}
        caption={t('attendances.history.label')}
      />
    </>
  );
}
