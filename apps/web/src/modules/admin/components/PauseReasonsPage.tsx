import type { PauseReason } from '@atende/shared';
import { Badge, Group, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../ui/DataTable';
import { ListPage } from '../../../ui/ListPage';
import { RowAction } from '../../../ui/RowAction';
import { usePauseReasonsAdmin } from '../hooks/use-pause-reasons-admin';
import { PauseReasonFormModal } from './PauseReasonFormModal';

type Dialog = { reason: PauseReason | null } | null;

/** SPEC ORG-02, WS-05: "Motivos de pausa". Deactivated rather than deleted: reports keep their names. */
export function PauseReasonsPage() {
  const { t } = useTranslation();
  const reasons = usePauseReasonsAdmin();
  const [dialog, setDialog] = useState<Dialog>(null);

  const columns: Column<PauseReason>[] = [
    {
      key: 'name',
      header: t('pauseReasons.columns.name'),
      cell: (r) => (
        <Text size="sm" fw={600}>
          {r.name}
        </Text>
      ),
    },
    {
      key: 'productive',
      header: t('pauseReasons.columns.productive'),
      cell: (r) => (
        <Badge variant="light" color={r.productive ? 'indigo' : 'gray'}>
          {t(r.productive ? 'common.yes' : 'common.no')}
        </Badge>
      ),
    },
    {
      key: 'status',
      header: t('pauseReasons.columns.status'),
      cell: (r) => (
        <Badge variant="dot" color={r.active ? 'teal' : 'gray'}>
          {t(r.active ? 'pauseReasons.status.active' : 'pauseReasons.status.inactive')}
        </Badge>
      ),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      align: 'right',
      width: 90,
      cell: (r) => (
        <Group gap={4} justify="flex-end" wrap="nowrap" role="group" aria-label={t('users.rowActions', { name: r.name })}>
          <RowAction label={t('pauseReasons.actions.edit')} icon={<IconPencil size={18} />} onClick={() => setDialog({ reason: r })} />
        </Group>
      ),
    },
  ];

  return (
    <ListPage
      title={t('pauseReasons.title')}
      subtitle={t('pauseReasons.subtitle')}
      newLabel={t('pauseReasons.new')}
      onNew={() => setDialog({ reason: null })}
      list={reasons}
      columns={columns}
      rowKey={(r) => r.id}
      empty={t('pauseReasons.empty')}
    >
      {dialog && <PauseReasonFormModal reason={dialog.reason} onClose={() => setDialog(null)} />}
    </ListPage>
  );
}
