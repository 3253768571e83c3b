import type { SalesforceSync } from '@atende/shared';
import { Badge, Button, Code, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../ui/DataTable';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useNotify } from '../../../ui/use-notify';
import { dateTime } from '../date-time';
import { useRetrySalesforceSync, useSalesforceSyncs } from '../hooks/use-salesforce';

export const syncColor = { pending: 'gray', synced: 'teal', failed: 'red' } as const;

/** SPEC CRM-03: the integration log for admins: each call's (and chat's) Case and Task, failures and "Tentar novamente". */
export function SalesforceLog() {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const syncs = useSalesforceSyncs();
  const retry = useRetrySalesforceSync();

  const columns: Column<SalesforceSync>[] = [
    { key: 'time', header: t('salesforce.columns.time'), cell: (s) => <Text size="sm">{dateTime(s.updatedAt, i18n.language)}</Text> },
    { key: 'protocol', header: t('salesforce.columns.protocol'), cell: (s) => <Text size="sm">{s.protocol ?? '—'}</Text> },
    { key: 'kind', header: t('salesforce.columns.kind'), cell: (s) => <Text size="sm">{t(`salesforce.kinds.${s.kind}`)}</Text> },
    { key: 'operation', header: t('salesforce.columns.operation'), cell: (s) => <Text size="sm">{t(`salesforce.operations.${s.operation}`)}</Text> },
    {
      key: 'status',
      header: t('salesforce.columns.status'),
      cell: (s) => (
        <Badge variant="light" color={syncColor[s.status]}>
          {t(`salesforce.statuses.${s.status}`)}
        </Badge>
      ),
    },
    {
      key: 'records',
      header: t('salesforce.columns.records'),
      cell: (s) => (
        <Stack gap={2}>
          {s.caseId && <Code>{`${t('salesforce.operations.case')} ${s.caseId}`}</Code>}
          {s.taskId && <Code>{`${t('salesforce.operations.task')} ${s.taskId}`}</Code>}
        </Stack>
      ),
    },
    {
      key: 'error',
      header: t('salesforce.columns.error'),
      cell: (s) => (
        <Text size="xs" c="dimmed" lineClamp={2} style={{ wordBreak: 'break-all' }}>
          {s.lastError ?? ''}
        </Text>
      ),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      align: 'right',
      cell: (s) =>
        s.status === 'failed' && (
          <Button
            size="compact-sm"
            variant="light"
            loading={retry.isPending && retry.variables === s.id}
            onClick={() => retry.mutate(s.id, { onSuccess: () => notify.success(t('salesforce.retried')) })}
          >
            {t('salesforce.retry')}
          </Button>
        ),
    },
  ];

  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-label={t('salesforce.log')}>
      <Stack gap="md">
        <Title order={2} fz={18}>
          {t('salesforce.log')}
        </Title>
        <ErrorAlert error={syncs.error ?? retry.error} />
        <DataTable
          columns={columns}
          rows={syncs.isError ? [] : syncs.data}
          rowKey={(s) => s.id}
          empty={t('salesforce.logEmpty')}
          caption={t('salesforce.log')}
        />
      </Stack>
    </Paper>
  );
}
