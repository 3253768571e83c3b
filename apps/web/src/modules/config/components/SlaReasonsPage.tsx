import { Badge, Text } from '@mantine/core';
import { IconClockPause, IconClockPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../ui/DataTable';
import { ListPage } from '../../../ui/ListPage';
import type { SlaReason } from '../api';
import { useSaveSlaReason, useSlaReasons } from '../hooks/use-sla-reasons';
import { useToggleActive } from '../hooks/use-toggle-active';
import { RowActions } from './RowActions';
import { SlaReasonFormModal } from './SlaReasonFormModal';
import { StatusBadge } from './StatusBadge';

type Dialog = { reason: SlaReason | null } | null;

/** SPEC PAN-04 "Motivos de intervenção de SLA". */
export function SlaReasonsPage() {
  const { t } = useTranslation();
  const reasons = useSlaReasons();
  const save = useSaveSlaReason();
  const toggle = useToggleActive(save, (row, active) => ({ id: row.id, body: { active } }));
  const [dialog, setDialog] = useState<Dialog>(null);

  const columns: Column<SlaReason>[] = [
    {
      key: 'name',
      header: t('config.columns.name'),
      cell: (r) => (
        <Text size="sm" fw={600}>
          {r.name}
        </Text>
      ),
    },
    {
      key: 'type',
      header: t('config.slaReasons.columns.type'),
      cell: (r) => (
        <Badge
          variant="light"
          color={r.type === 'pause' ? 'orange' : 'indigo'}
          leftSection={r.type === 'pause' ? <IconClockPause size={12} /> : <IconClockPlus size={12} />}
        >
          {t(`config.slaReasons.type.${r.type}`)}
        </Badge>
      ),
    },
    { key: 'status', header: t('config.columns.status'), width: 120, cell: (r) => <StatusBadge active={r.active} /> },
    {
      key: 'actions',
      header: t('common.actions'),
      align: 'right',
      width: 110,
      cell: (r) => (
        <RowActions name={r.name} active={r.active} onEdit={() => setDialog({ reason: r })} onToggle={() => toggle(r)} pending={save.isPending} />
      ),
    },
  ];

  return (
    <ListPage
      title={t('config.slaReasons.title')}
      subtitle={t('config.slaReasons.subtitle')}
      newLabel={t('config.slaReasons.new')}
      onNew={() => setDialog({ reason: null })}
      list={reasons}
      columns={columns}
      rowKey={(r) => r.id}
      empty={t('config.slaReasons.empty')}
    >
      {dialog && <SlaReasonFormModal reason={dialog.reason} onClose={() => setDialog(null)} />}
    </ListPage>
  );
}
