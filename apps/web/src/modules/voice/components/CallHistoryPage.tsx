import type { CallView } from '@atende/shared';
import { Anchor, Badge, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDuration } from '../../../app/server-clock';
import { DataTable, type Column } from '../../../ui/DataTable';
import { DateField } from '../../../ui/DateField';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { formatTime } from '../../attendances/time-format';
import { useCallHistory } from '../hooks/use-calls';

/**
 * SPEC VOX-03 "Histórico": the day's calls, newest first, with the caller's number, duration,
 * protocol and time; today unless another day is picked. A row opens its attendance.
 */
export function CallHistoryPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const date = params.get('date') ?? '';
  const history = useCallHistory(date);
  const setDate = (day: string) => setParams(day ? { date: day } : {}, { replace: true });
  const number = (c: CallView) => (c.direction === 'in' ? c.from : c.to);
  const columns: Column<CallView>[] = [
    {
      key: 'number',
      header: t('voice.history.number'),
      cell: (c) => (
        <Group gap={6} wrap="nowrap">
          {c.attendanceId ? (
            <Anchor
              component={Link}
              to={`/attendances/${c.attendanceId}`}
              fw={600}
              style={{ fontVariantNumeric: 'tabular-nums' }}
              aria-label={t('voice.history.open', { number: number(c) })}
            >
              {number(c)}
            </Anchor>
          ) : (
            <Text fw={600} size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {number(c)}
            </Text>
          )}
          {c.direction === 'out' && (
            <Badge size="xs" variant="light" color="indigo">
              {t('voice.history.outgoing')}
            </Badge>
          )}
          {c.abandoned && (
            <Badge size="xs" variant="light" color="red">
              {t('voice.history.abandoned')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      key: 'caller',
      header: t('voice.history.caller'),
      cell: (c) => <Text size="sm">{c.callerName && c.callerName !== c.from ? c.callerName : '—'}</Text>,
    },
    {
      key: 'duration',
      header: t('voice.history.duration'),
      cell: (c) => (
        <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {c.state === 'ended' ? formatDuration(c.durationSeconds * 1000) : t('voice.history.inProgress')}
        </Text>
      ),
    },
    {
      key: 'protocol',
      header: t('voice.history.protocol'),
      cell: (c) => (
        <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {c.protocol ?? '—'}
        </Text>
      ),
    },
    {
      key: 'time',
      header: t('voice.history.time'),
      width: 110,
      cell: (c) => <Text size="sm">{formatTime(c.startedAt, i18n.language)}</Text>,
    },
  ];
  return (
    <>
      <PageHeader
        title={t('voice.history.title')}
        subtitle={date ? t('voice.history.subtitleDay') : t('voice.history.subtitle')}
        actions={
          <Group gap="xs" align="flex-end">
            <DateField label={t('voice.history.date')} value={date} onChange={setDate} clearable w={170} />
            {date && (
              <Button variant="default" onClick={() => setDate('')}>
                {t('voice.history.today')}
              </Button>
            )}
          </Group>
        }
      />
      <ErrorAlert error={history.error} />
      <DataTable columns={columns} rows={history.data} rowKey={(c) => c.id} empty={t('voice.history.empty')} caption={t('voice.history.title')} />
    </>
  );
}
