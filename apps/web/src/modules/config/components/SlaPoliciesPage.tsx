import { Badge, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../ui/DataTable';
import { ListPage } from '../../../ui/ListPage';
import type { SlaPolicy } from '../api';
import { useSaveSlaPolicy, useSlaPolicies } from '../hooks/use-sla-policies';
import { useToggleActive } from '../hooks/use-toggle-active';
import { RowActions } from './RowActions';
import { SlaPolicyFormModal } from './SlaPolicyFormModal';
import { StatusBadge } from './StatusBadge';

type Dialog = { policy: SlaPolicy | null } | null;

/** SPEC PAN-04 "Políticas de SLA": the resolution time the SLA of each attendance starts from. */
export function SlaPoliciesPage() {
  const { t } = useTranslation();
  const policies = useSlaPolicies();
  const save = useSaveSlaPolicy();
  const toggle = useToggleActive(save, (row, active) => ({ id: row.id, body: { active } }));
  const [dialog, setDialog] = useState<Dialog>(null);
  const any = (
    <Text size="sm" c="dimmed">
      {t('config.slaPolicies.any')}
    </Text>
  );
  const scope = (name: string | null) => (name ? <Text size="sm">{name}</Text> : any);
  const resolution = (minutes: number) => {
    const hours = Math.floor(minutes / 60);
    return minutes % 60 === 0 ? t('config.slaPolicies.durationHours', { hours }) : t('config.slaPolicies.duration', { hours, minutes: minutes % 60 });
  };

  const columns: Column<SlaPolicy>[] = [
    {
      key: 'name',
      header: t('config.columns.name'),
      cell: (p) => (
        <Text size="sm" fw={600}>
          {p.name}
        </Text>
      ),
    },
    { key: 'classification', header: t('config.slaPolicies.columns.classification'), cell: (p) => scope(p.classificationName) },
    { key: 'process', header: t('config.slaPolicies.columns.process'), cell: (p) => scope(p.processName) },
    {
      key: 'resolution',
      header: t('config.slaPolicies.columns.resolution'),
      cell: (p) => <Text size="sm">{resolution(p.resolutionMinutes)}</Text>,
    },
    {
      key: 'mode',
      header: t('config.slaPolicies.columns.mode'),
      cell: (p) => (
        <Badge variant="light" color={p.mode === 'business' ? 'indigo' : 'cyan'}>
          {t(`config.slaPolicies.mode.${p.mode}`)}
        </Badge>
      ),
    },
    { key: 'status', header: t('config.columns.status'), width: 120, cell: (p) => <StatusBadge active={p.active} /> },
    {
      key: 'actions',
      header: t('common.actions'),
      align: 'right',
      width: 110,
      cell: (p) => (
        <RowActions name={p.name} active={p.active} onEdit={() => setDialog({ policy: p })} onToggle={() => toggle(p)} pending={save.isPending} />
      ),
    },
  ];

  return (
    <ListPage
      title={t('config.slaPolicies.title')}
      subtitle={t('config.slaPolicies.subtitle')}
      newLabel={t('config.slaPolicies.new')}
      onNew={() => setDialog({ policy: null })}
      list={policies}
      columns={columns}
      rowKey={(p) => p.id}
      empty={t('config.slaPolicies.empty')}
    >
      {dialog && <SlaPolicyFormModal policy={dialog.policy} onClose={() => setDialog(null)} />}
    </ListPage>
  );
}
