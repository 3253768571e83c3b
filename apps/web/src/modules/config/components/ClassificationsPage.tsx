import { SegmentedControl, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../ui/DataTable';
import { ListPage } from '../../../ui/ListPage';
import type { Classification, ClassificationKind } from '../api';
import { useClassifications, useSaveClassification } from '../hooks/use-classifications';
import { useToggleActive } from '../hooks/use-toggle-active';
import { ClassificationFormModal } from './ClassificationFormModal';
import { RowActions } from './RowActions';
import { StatusBadge } from './StatusBadge';

type Dialog = { classification: Classification | null } | null;

/** "Classificações": the opening ones (PAN-04 SLA policies) and the closing ones (ATT-07). */
export function ClassificationsPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ClassificationKind>('opening');
  const classifications = useClassifications(kind);
  const save = useSaveClassification();
  const toggle = useToggleActive(save, (row, active) => ({ id: row.id, body: { active } }));
  const [dialog, setDialog] = useState<Dialog>(null);
  const caption = `${t('config.classifications.title')} — ${t(`config.classifications.kind.${kind}`)}`;

  const columns: Column<Classification>[] = [
    {
      key: 'name',
      header: t('config.columns.name'),
      cell: (c) => (
        <Text size="sm" fw={600}>
          {c.name}
        </Text>
      ),
    },
    { key: 'status', header: t('config.columns.status'), width: 120, cell: (c) => <StatusBadge active={c.active} /> },
    {
      key: 'actions',
      header: t('common.actions'),
      align: 'right',
      width: 110,
      cell: (c) => (
        <RowActions
          name={c.name}
          active={c.active}
          onEdit={() => setDialog({ classification: c })}
          onToggle={() => toggle(c)}
          pending={save.isPending}
        />
      ),
    },
  ];

  return (
    <ListPage
      title={t('config.classifications.title')}
      subtitle={t('config.classifications.subtitle')}
      newLabel={t('config.classifications.new')}
      onNew={() => setDialog({ classification: null })}
      above={
        <SegmentedControl
          aria-label={t('config.classifications.kindLabel')}
          value={kind}
          onChange={(v) => setKind(v as ClassificationKind)}
          data={[
            { value: 'opening', label: t('config.classifications.kind.opening') },
            { value: 'closing', label: t('config.classifications.kind.closing') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
      }
      list={classifications}
      columns={columns}
      rowKey={(c) => c.id}
      empty={t('config.classifications.empty')}
      caption={caption}
    >
      {dialog && <ClassificationFormModal classification={dialog.classification} kind={kind} onClose={() => setDialog(null)} />}
    </ListPage>
  );
}
