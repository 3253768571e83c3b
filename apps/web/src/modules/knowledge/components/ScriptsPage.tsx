import { Badge, Button, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../ui/DataTable';
import { ListPage } from '../../../ui/ListPage';
import { useCompanies } from '../../admin/hooks/use-queues';
import type { AttendanceScript } from '../api';
import { useScripts } from '../hooks';
import { ScriptFormModal } from './ScriptFormModal';

/** SPEC ATT-11 "Administração → Scripts". */
export function ScriptsPage() {
  const { t } = useTranslation();
  const scripts = useScripts();
  const companies = useCompanies();
  const [dialog, setDialog] = useState<{ script: AttendanceScript | null } | null>(null);
  const companyName = new Map((companies.data ?? []).map((c) => [c.id, c.name]));

  const columns: Column<AttendanceScript>[] = [
    {
      key: 'title',
      header: t('knowledge.scripts.fields.title'),
      cell: (s) => (
        <Text size="sm" fw={600}>
          {s.title}
        </Text>
      ),
    },
    {
      key: 'companies',
      header: t('knowledge.scripts.fields.companies'),
      cell: (s) => (s.companyIds.length ? s.companyIds.map((id) => companyName.get(id) ?? '—').join(', ') : t('knowledge.scripts.allCompanies')),
    },
    {
      key: 'status',
      header: t('knowledge.admin.fields.active'),
      width: 120,
      cell: (s) => (
        <Badge color={s.active ? 'teal' : 'gray'} variant="light">
          {t(s.active ? 'knowledge.active' : 'knowledge.inactive')}
        </Badge>
      ),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      align: 'right',
      width: 110,
      cell: (s) => (
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconPencil size={14} />}
          aria-label={`${t('knowledge.scripts.edit')}: ${s.title}`}
          onClick={() => setDialog({ script: s })}
        >
          {t('knowledge.scripts.editShort')}
        </Button>
      ),
    },
  ];

  return (
    <ListPage
      title={t('knowledge.scripts.title')}
      subtitle={t('knowledge.scripts.subtitle')}
      newLabel={t('knowledge.scripts.new')}
      onNew={() => setDialog({ script: null })}
      list={scripts}
      columns={columns}
      rowKey={(s) => s.id}
      empty={t('knowledge.scripts.empty')}
    >
      {dialog && <ScriptFormModal script={dialog.script} onClose={() => setDialog(null)} />}
    </ListPage>
  );
}
