import type { WebhookDelivery, WebhookEndpoint } from '@atende/shared';
import { Badge, Button, Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../ui/AppModal';
import { DataTable, type Column } from '../../../ui/DataTable';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useNotify } from '../../../ui/use-notify';
import { dateTime } from '../date-time';
import { useDeliveries, useResendDelivery } from '../hooks/use-integrations';

const statusColor = { pending: 'gray', retrying: 'orange', succeeded: 'teal', failed: 'red' } as const;

/** SPEC PLT-03: the endpoint's delivery log (event, attempt, status, answer, time) with "Reenviar". */
export function WebhookDeliveriesModal({ endpoint, onClose }: { endpoint: WebhookEndpoint; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const deliveries = useDeliveries(endpoint.id);
  const resend = useResendDelivery(endpoint.id);

  const columns: Column<WebhookDelivery>[] = [
    {
      key: 'event',
      header: t('webhooks.delivery.event'),
      cell: (d) => <Text size="sm">{t(`webhooks.events.${d.event}`, { defaultValue: d.event })}</Text>,
    },
    { key: 'attempt', header: t('webhooks.delivery.attempt'), cell: (d) => <Text size="sm">{d.attempt}</Text> },
    {
      key: 'status',
      header: t('webhooks.delivery.status'),
      cell: (d) => (
        <Badge variant="light" color={statusColor[d.status]}>
          {t(`webhooks.delivery.statuses.${d.status}`)}
        </Badge>
      ),
    },
    {
      key: 'response',
      header: t('webhooks.delivery.response'),
      cell: (d) => (
        <Stack gap={2}>
          {d.responseStatus !== null && <Code>{d.responseStatus}</Code>}
          {(d.responseExcerpt || d.error) && (
            <Text size="xs" c="dimmed" lineClamp={2} style={{ wordBreak: 'break-all' }}>
              {d.responseExcerpt || d.error}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'time',
      header: t('webhooks.delivery.time'),
      cell: (d) => <Text size="sm">{dateTime(d.lastAttemptAt ?? d.createdAt, i18n.language)}</Text>,
    },
    {
      key: 'actions',
      header: t('common.actions'),
      align: 'right',
      cell: (d) => (
        <Button
          size="compact-sm"
          variant="light"
          loading={resend.isPending && resend.variables === d.id}
          onClick={() => resend.mutate(d.id, { onSuccess: () => notify.success(t('webhooks.resent')) })}
        >
          {t('webhooks.resend')}
        </Button>
      ),
    },
  ];

  return (
    <AppModal opened onClose={onClose} title={t('webhooks.deliveriesTitle', { url: endpoint.url })} size="xl">
      <Stack gap="md">
        <ErrorAlert error={deliveries.error ?? resend.error} />
        <DataTable
          columns={columns}
          rows={deliveries.isError ? [] : deliveries.data}
          rowKey={(d) => d.id}
          empty={t('webhooks.deliveriesEmpty')}
          caption={t('webhooks.deliveries')}
        />
      </Stack>
    </AppModal>
  );
}
