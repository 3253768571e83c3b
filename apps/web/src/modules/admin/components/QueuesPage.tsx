import type { Queue } from '@atende/shared';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconHeadset, IconMessages, IconPencil, IconPlus, IconTrash, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../ui/DataTable';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { RowAction } from '../../../ui/RowAction';
import { useQueues } from '../hooks/use-queues';
import { DeleteQueueModal } from './DeleteQueueModal';
import { QueueFormModal } from './QueueFormModal';
import { QueueMembersModal } from './QueueMembersModal';

type Dialog = { kind: 'form'; queue: Queue | null } | { kind: 'members' | 'delete'; queue: Queue } | null;

/** SPEC ORG-05: "Filas" — voice (inbound/outbound) and chat queues, and their agents. */
export function QueuesPage() {
  const { t } = useTranslation();
  const queues = useQueues();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  const columns: Column<Queue>[] = [
    {
      key: 'name',
      header: t('queues.columns.name'),
      cell: (q) => (
        <Text size="sm" fw={600}>
          {q.name}
        </Text>
      ),
    },
    {
      key: 'kind',
      header: t('queues.columns.kind'),
      cell: (q) => (
        <Badge
          variant="light"
          color={q.kind === 'voice' ? 'indigo' : 'cyan'}
          leftSection={q.kind === 'voice' ? <IconHeadset size={12} /> : <IconMessages size={12} />}
        >
          {t(`queues.kind.${q.kind}`)}
        </Badge>
      ),
    },
    {
      key: 'direction',
      header: t('queues.columns.direction'),
      cell: (q) =>
        q.direction ? (
          <Group gap={6} wrap="nowrap">
            {q.direction === 'inbound' ? <IconArrowDown size={16} aria-hidden /> : <IconArrowUp size={16} aria-hidden />}
            <Text size="sm">{t(`queues.direction.${q.direction}`)}</Text>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ),
    },
    { key: 'policy', header: t('queues.columns.policy'), cell: (q) => <Text size="sm">{t(`queues.policy.${q.policy}`)}</Text> },
    { key: 'members', header: t('queues.columns.members'), align: 'right', width: 90, cell: (q) => q.members.length },
    {
      key: 'status',
      header: t('queues.columns.status'),
      width: 120,
      cell: (q) => (
        <Badge variant="dot" color={q.active ? 'teal' : 'gray'}>
          {t(q.active ? 'queues.status.active' : 'queues.status.inactive')}
        </Badge>
      ),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      align: 'right',
      width: 140,
      cell: (q) => (
        <Group gap={4} justify="flex-end" wrap="nowrap" role="group" aria-label={t('users.rowActions', { name: q.name })}>
          <RowAction label={t('queues.actions.edit')} icon={<IconPencil size={18} />} onClick={() => setDialog({ kind: 'form', queue: q })} />
          <RowAction label={t('queues.actions.members')} icon={<IconUsers size={18} />} onClick={() => setDialog({ kind: 'members', queue: q })} />
          <RowAction
            label={t('queues.actions.delete')}
            icon={<IconTrash size={18} />}
            color="red"
            onClick={() => setDialog({ kind: 'delete', queue: q })}
          />
        </Group>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('queues.title')}
        subtitle={t('queues.subtitle')}
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={() => setDialog({ kind: 'form', queue: null })}>
            {t('queues.new')}
          </Button>
        }
      />
      <Stack gap="md">
        <ErrorAlert error={queues.error} />
        <DataTable
          columns={columns}
          rows={queues.isError ? [] : queues.data}
          rowKey={(q) => q.id}
          empty={t('queues.empty')}
          caption={t('queues.title')}
        />
      </Stack>
      {dialog?.kind === 'form' && <QueueFormModal queue={dialog.queue} onClose={close} />}
      {dialog?.kind === 'members' && <QueueMembersModal queue={dialog.queue} onClose={close} />}
      {dialog?.kind === 'delete' && <DeleteQueueModal queue={dialog.queue} onClose={close} />}
    </>
  );
}
