import { Badge, Button, Group, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../ui/DataTable';
import { ListPage } from '../../../ui/ListPage';
import type { AttendanceForm } from '../api';
import { useForms } from '../forms-hooks';
import { FormEditModal } from './FormEditModal';
import { FormIcon } from './FormIcon';

/** SPEC ATT-12 "Administração → Informações Personalizadas". */
export function FormsPage() {
  const { t } = useTranslation();
  const forms = useForms();
  const [dialog, setDialog] = useState<{ form: AttendanceForm | null } | null>(null);
  const columns: Column<AttendanceForm>[] = [
    {
      key: 'name',
      header: t('knowledge.forms.fields.name'),
      cell: (f) => (
        <Group gap="xs" wrap="nowrap">
          <FormIcon icon={f.icon} size={18} />
          <Text size="sm" fw={600}>
            {f.name}
          </Text>
        </Group>
      ),
    },
    { key: 'group', header: t('knowledge.forms.fields.group'), cell: (f) => f.group || '—' },
    { key: 'fields', header: t('knowledge.forms.fields.fields'), cell: (f) => f.fields.map((x) => x.label).join(', ') },
    {
      key: 'status',
      header: t('knowledge.admin.fields.active'),
      width: 110,
      cell: (f) => (
        <Badge color={f.active ? 'teal' : 'gray'} variant="light">
          {t(f.active ? 'knowledge.active' : 'knowledge.inactive')}
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
          aria-label={`${t('knowledge.forms.edit')}: ${f.name}`}
          onClick={() => setDialog({ form: f })}
        >
          {t('knowledge.scripts.editShort')}
        </Button>
      ),
    },
  ];
  return (
    <ListPage
      title={t('knowledge.forms.title')}
      subtitle={t('knowledge.forms.subtitle')}
      newLabel={t('knowledge.forms.new')}
      onNew={() => setDialog({ form: null })}
      list={forms}
      columns={columns}
      rowKey={(f) => f.id}
      empty={t('knowledge.forms.empty')}
    >
      {dialog && <FormEditModal form={dialog.form} onClose={() => setDialog(null)} />}
    </ListPage>
  );
}
