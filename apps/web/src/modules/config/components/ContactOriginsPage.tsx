import { Badge, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../ui/DataTable';
import { ListPage } from '../../../ui/ListPage';
import type { ContactOrigin } from '../api';
import { useContactOrigins, useSaveContactOrigin } from '../hooks/use-contact-origins';
import { useToggleActive } from '../hooks/use-toggle-active';
import { ContactOriginFormModal } from './ContactOriginFormModal';
import { RowActions } from './RowActions';
import { StatusBadge } from './StatusBadge';

type Dialog = { origin: ContactOrigin | null } | null;

/** SPEC PAN-02 "Origens do contato": the seeded list (set by the channels) plus the organization's own. */
export function ContactOriginsPage() {
  const { t } = useTranslation();
  const origins = useContactOrigins();
  const save = useSaveContactOrigin();
  const toggle = useToggleActive(save, (row, active) => ({ id: row.id, body: { active } }));
  const [dialog, setDialog] = useState<Dialog>(null);

  const columns: Column<ContactOrigin>[] = [
    {
      key: 'name',
      header: t('config.columns.name'),
      cell: (o) => (
        <Text size="sm" fw={600}>
          {o.name}
        </Text>
      ),
    },
    {
      key: 'source',
      header: t('config.contactOrigins.columns.source'),
      cell: (o) => (
        <Badge variant="light" color={o.key ? 'indigo' : 'grape'}>
          {t(o.key ? 'config.contactOrigins.source.system' : 'config.contactOrigins.source.own')}
        </Badge>
      ),
    },
    { key: 'status', header: t('config.columns.status'), width: 120, cell: (o) => <StatusBadge active={o.active} /> },
    {
      key: 'actions',
      header: t('common.actions'),
      align: 'right',
      width: 110,
      cell: (o) => (
        <RowActions name={o.name} active={o.active} onEdit={() => setDialog({ origin: o })} onToggle={() => toggle(o)} pending={save.isPending} />
      ),
    },
  ];

  return (
    <ListPage
      title={t('config.contactOrigins.title')}
      subtitle={t('config.contactOrigins.subtitle')}
      newLabel={t('config.contactOrigins.new')}
      onNew={() => setDialog({ origin: null })}
      list={origins}
      columns={columns}
      rowKey={(o) => o.id}
      empty={t('config.contactOrigins.empty')}
    >
      {dialog && <ContactOriginFormModal origin={dialog.origin} onClose={() => setDialog(null)} />}
    </ListPage>
  );
}
