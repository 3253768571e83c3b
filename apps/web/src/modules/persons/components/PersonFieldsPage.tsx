import type { PersonField } from '@atende/shared';
import { Badge, Button } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../ui/DataTable';
import { ListPage } from '../../../ui/ListPage';
import { usePersonFields } from '../person-fields-api';
import { PersonFieldModal } from './PersonFieldModal';

/** SPEC PER-05 "Administração → Dados personalizados" (seed 002 §1.12.5). */
export function PersonFieldsPage() {
  const { t } = useTranslation();
  const fields = usePersonFields();
  const [dialog, setDialog] = useState<{ field: PersonField | null } | null>(null);
  const columns: Column<PersonField>[] = [
    { key: 'label', header: t('people.fields.label'), cell: (f) => f.label },
    { key: 'personType', header: t('people.fields.personType'), width: 150, cell: (f) => t(`persons.types.${f.personType}`) },
    { key: 'type', header: t('people.fields.type'), width: 140, cell: (f) => t(`knowledge.forms.types.${f.type}`) },
    { key: 'required', header: t('people.fields.required'), width: 110, cell: (f) => t(f.required ? 'people.fields.yes' : 'people.fields.no') },
    { key: 'position', header: t('people.fields.position'), width: 80, cell: (f) => f.position },
    {
      key: 'status',
      header: t('people.fields.active'),
      width: 110,
      cell: (f) => (
        <Badge color={f.active ? 'teal' : 'gray'} variant="light">
          {t(f.active ? 'people.fields.status.active' : 'people.fields.status.inactive')}
        </Badge>
      ),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      align: 'right',
      width: 110,
      cell: (f) => (
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconPencil size={14} />}
          aria-label={t('people.fields.editOf', { label: f.label })}
          onClick={() => setDialog({ field: f })}
        >
          {t('knowledge.scripts.editShort')}
        </Button>
      ),
    },
  ];
  return (
    <ListPage
      title={t('people.fields.title')}
      subtitle={t('people.fields.subtitle')}
      newLabel={t('people.fields.new')}
      onNew={() => setDialog({ field: null })}
      list={fields}
      columns={columns}
      rowKey={(f) => f.id}
      empty={t('people.fields.empty')}
    >
      {dialog && <PersonFieldModal field={dialog.field} onClose={() => setDialog(null)} />}
    </ListPage>
  );
}
