import type { Channel } from '@atende/shared';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconPencil, IconPlugConnected, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../ui/DataTable';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { RowAction } from '../../../ui/RowAction';
import { providerFields } from '../channel-provider-form';
import { useChannels } from '../hooks/use-channels';
import { useQueues } from '../hooks/use-queues';
import { ChannelFormModal } from './ChannelFormModal';
import { ChannelProviderModal } from './ChannelProviderModal';
import { ChannelToken } from './ChannelToken';

// `provider`: the provider settings of a WhatsApp or Telegram channel (CH-02, CH-03).
type Dialog = { channel: Channel | null; provider?: false } | { channel: Channel; provider: true } | null;

/** SPEC ORG-05: "Canais" — entry points and the queue each feeds. Deactivated, never deleted. */
export function ChannelsPage() {
  const { t } = useTranslation();
  const channels = useChannels();
  const queues = useQueues();
  const [dialog, setDialog] = useState<Dialog>(null);
  const queueName = (id: string) => queues.data?.find((q) => q.id === id)?.name ?? '…';

  const columns: Column<Channel>[] = [
    {
      key: 'name',
      header: t('channels.columns.name'),
      cell: (c) => (
        <Text size="sm" fw={600}>
          {c.name}
        </Text>
      ),
    },
    {
      key: 'type',
      header: t('channels.columns.type'),
      cell: (c) => (
        <Badge variant="light" color={c.type === 'whatsapp' ? 'green' : c.type === 'voice' ? 'indigo' : 'cyan'}>
          {t(`channels.types.${c.type}`)}
        </Badge>
      ),
    },
    { key: 'queue', header: t('channels.columns.queue'), cell: (c) => <Text size="sm">{queueName(c.queueId)}</Text> },
    { key: 'token', header: t('channels.columns.token'), width: 260, cell: (c) => <ChannelToken token={c.token} /> },
    {
      key: 'status',
      header: t('channels.columns.status'),
      width: 120,
      cell: (c) => (
        <Badge variant="dot" color={c.active ? 'teal' : 'gray'}>
          {t(c.active ? 'channels.status.active' : 'channels.status.inactive')}
        </Badge>
      ),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      align: 'right',
      width: 110,
      cell: (c) => (
        <Group gap={4} justify="flex-end" wrap="nowrap" role="group" aria-label={t('users.rowActions', { name: c.name })}>
          {providerFields(c.type) && (
            <RowAction
              label={t('channelProvider.open')}
              icon={<IconPlugConnected size={18} />}
              onClick={() => setDialog({ channel: c, provider: true })}
            />
          )}
          <RowAction label={t('channels.actions.edit')} icon={<IconPencil size={18} />} onClick={() => setDialog({ channel: c })} />
        </Group>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('channels.title')}
        subtitle={t('channels.subtitle')}
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={() => setDialog({ channel: null })}>
            {t('channels.new')}
          </Button>
        }
      />
      <Stack gap="md">
        <ErrorAlert error={channels.error ?? queues.error} />
        <DataTable
          columns={columns}
          rows={channels.isError ? [] : channels.data}
          rowKey={(c) => c.id}
          empty={t('channels.empty')}
          caption={t('channels.title')}
        />
      </Stack>
      {dialog?.provider && <ChannelProviderModal channel={dialog.channel} onClose={() => setDialog(null)} />}
      {dialog && !dialog.provider && <ChannelFormModal channel={dialog.channel} onClose={() => setDialog(null)} />}
    </>
  );
}
