import type { WebhookEndpoint, WebhookEndpointWithSecret } from '@atende/shared';
import { Badge, Group, Text } from '@mantine/core';
import { IconKey, IconList, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import type { Column } from '../../../ui/DataTable';
import { ListPage } from '../../../ui/ListPage';
import { RowAction } from '../../../ui/RowAction';
import { useNotify } from '../../../ui/use-notify';
import { useDeleteWebhook, useRotateWebhookSecret, useWebhooks } from '../hooks/use-integrations';
import { SecretShownModal } from './SecretShownModal';
import { WebhookDeliveriesModal } from './WebhookDeliveriesModal';
import { WebhookFormModal } from './WebhookFormModal';

type Dialog =
  | { kind: 'form'; endpoint: WebhookEndpoint | null }
  | { kind: 'secret'; endpoint: WebhookEndpointWithSecret }
  | { kind: 'rotate'; endpoint: WebhookEndpoint }
  | { kind: 'delete'; endpoint: WebhookEndpoint }
  | { kind: 'deliveries'; endpoint: WebhookEndpoint }
  | null;

/** SPEC PLT-03: "Administração → Webhooks": endpoints, their events, secret (shown once) and delivery log. */
export function WebhooksPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const endpoints = useWebhooks();
  const remove = useDeleteWebhook();
  const rotate = useRotateWebhookSecret();
  const [dialog, setDialog] = useState<Dialog>(null);

  const columns: Column<WebhookEndpoint>[] = [
    {
      key: 'url',
      header: t('webhooks.columns.url'),
      cell: (r) => <EndpointCell url={r.url} description={r.description} />,
    },
    {
      key: 'events',
      header: t('webhooks.columns.events'),
      cell: (r) => <Text size="sm">{r.events.map((e) => t(`webhooks.events.${e}`)).join(', ')}</Text>,
    },
    {
      key: 'status',
      header: t('webhooks.columns.status'),
      cell: (r) => (
        <Badge variant="dot" color={r.enabled ? 'teal' : 'gray'}>
          {t(r.enabled ? 'webhooks.status.enabled' : r.disabledReason === 'gone' ? 'webhooks.status.gone' : 'webhooks.status.disabled')}
        </Badge>
      ),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      align: 'right',
      width: 170,
      cell: (r) => (
        <Group gap={4} justify="flex-end" wrap="nowrap" role="group" aria-label={t('users.rowActions', { name: r.url })}>
          <RowAction label={t('webhooks.deliveries')} icon={<IconList size={18} />} onClick={() => setDialog({ kind: 'deliveries', endpoint: r })} />
          <RowAction label={t('webhooks.edit')} icon={<IconPencil size={18} />} onClick={() => setDialog({ kind: 'form', endpoint: r })} />
          <RowAction label={t('webhooks.rotate')} icon={<IconKey size={18} />} onClick={() => setDialog({ kind: 'rotate', endpoint: r })} />
          <RowAction
            label={t('webhooks.remove')}
            color="red"
            icon={<IconTrash size={18} />}
            onClick={() => setDialog({ kind: 'delete', endpoint: r })}
          />
        </Group>
      ),
    },
  ];

  const close = () => setDialog(null);

  return (
    <ListPage
      title={t('webhooks.title')}
      subtitle={t('webhooks.subtitle')}
      newLabel={t('webhooks.new')}
      onNew={() => setDialog({ kind: 'form', endpoint: null })}
      list={endpoints}
      columns={columns}
      rowKey={(r) => r.id}
      empty={t('webhooks.empty')}
    >
      {dialog?.kind === 'form' && (
        <WebhookFormModal
          endpoint={dialog.endpoint}
          onClose={close}
          onCreated={(endpoint) => {
            notify.success(t('webhooks.created'));
            setDialog({ kind: 'secret', endpoint });
          }}
        />
      )}
      {dialog?.kind === 'secret' && (
        <SecretShownModal
          title={t('webhooks.secretTitle')}
          text={t('webhooks.secretText')}
          label={dialog.endpoint.url}
          value={dialog.endpoint.secret}
          copyLabel={t('webhooks.copySecret')}
          copiedLabel={t('webhooks.copied')}
          onClose={close}
        />
      )}
      {dialog?.kind === 'deliveries' && <WebhookDeliveriesModal endpoint={dialog.endpoint} onClose={close} />}
      {dialog?.kind === 'rotate' && (
        <ConfirmModal
          opened
          onClose={close}
          title={t('webhooks.rotate')}
          text={t('webhooks.rotateText')}
          confirmLabel={t('webhooks.rotate')}
          onConfirm={() => rotate.mutate(dialog.endpoint.id, { onSuccess: (endpoint) => setDialog({ kind: 'secret', endpoint }) })}
          loading={rotate.isPending}
          error={rotate.error}
          danger
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmModal
          opened
          onClose={close}
          title={t('webhooks.removeTitle')}
          text={t('webhooks.removeText', { url: dialog.endpoint.url })}
          confirmLabel={t('webhooks.remove')}
          onConfirm={() =>
            remove.mutate(dialog.endpoint.id, {
              onSuccess: () => {
                notify.success(t('webhooks.removed'));
                close();
              },
            })
          }
          loading={remove.isPending}
          error={remove.error}
          danger
        />
      )}
    </ListPage>
  );
}

function EndpointCell({ url, description }: { url: string; description: string | null }) {
  return (
    <div>
      <Text size="sm" fw={600} style={{ wordBreak: 'break-all' }}>
        {url}
      </Text>
      {description && (
        <Text size="xs" c="dimmed">
          {description}
        </Text>
      )}
    </div>
  );
}
