import type { PauseReason } from '@atende/shared';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../ui/DataTable';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { RowAction } from '../../../ui/RowAction';
import { usePauseReasonsAdmin } from '../hooks/use-pause-reasons-admin';
import { PauseReasonFormModal } from './PauseReasonFormModal';

type Dialog = { reason: PauseReason | null } | null;

/** Issue 3 item 10: "Motivos de pausa". Deactivated rather than deleted: reports keep their names. */
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
    <>
      <PageHeader
        title={t('pauseReasons.title')}
        subtitle={t('pauseReasons.subtitle')}
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={() => setDialog({ reason: null })}>
            {t('pauseReasons.new')}
          </Button>
        }
      />
      <Stack gap="md">
        <ErrorAlert error={reasons.error} />
        <DataTable
          columns={columns}
          rows={reasons.isError ? [] : reasons.data}
          rowKey={(r) => r.id}
          empty={t('pauseReasons.empty')}
          caption={t('pauseReasons.title')}
        />
      </Stack>
      {dialog && <PauseReasonFormModal reason={dialog.reason} onClose={() => setDialog(null)} />}
    </>
  );
}
