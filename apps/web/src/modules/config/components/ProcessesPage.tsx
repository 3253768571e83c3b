import { Badge, Text } from '@mantine/core';
import { IconListNumbers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../ui/DataTable';
import { ListPage } from '../../../ui/ListPage';
import { RowAction } from '../../../ui/RowAction';
import type { Process } from '../api';
import { useProcesses, useSaveProcess } from '../hooks/use-processes';
import { useToggleActive } from '../hooks/use-toggle-active';
import { ProcessFormModal } from './ProcessFormModal';
import { RowActions } from './RowActions';
import { StatusBadge } from './StatusBadge';
import { SubprocessesPanel } from './SubprocessesPanel';

type Dialog = { process: Process | null } | null;

/** SPEC PAN-03 "Processos": processes and, for the chosen one, its ordered subprocesses. */
export function ProcessesPage() {
  const { t } = useTranslation();
  const processes = useProcesses();
  const save = useSaveProcess();
  const toggle = useToggleActive(save, (row, active) => ({ id: row.id, body: { active } }));
  const [dialog, setDialog] = useState<Dialog>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = processes.data?.find((p) => p.id === selectedId) ?? null;

  const columns: Column<Process>[] = [
    {
      key: 'name',
      header: t('config.columns.name'),
      cell: (p) => (
        <Text size="sm" fw={600}>
          {p.name}
        </Text>
      ),
    },
    {
      key: 'subprocesses',
      header: t('config.processes.columns.subprocesses'),
      cell: (p) => (
        <Badge variant="light" color="indigo">
          {p.subprocesses.length}
        </Badge>
      ),
    },
    { key: 'status', header: t('config.columns.status'), width: 120, cell: (p) => <StatusBadge active={p.active} /> },
    {
      key: 'actions',
      header: t('common.actions'),
      align: 'right',
      width: 140,
      cell: (p) => (
        <RowActions name={p.name} active={p.active} onEdit={() => setDialog({ process: p })} onToggle={() => toggle(p)} pending={save.isPending}>
          <RowAction
            label={t('config.processes.showSubprocesses')}
            icon={<IconListNumbers size={18} />}
            color={p.id === selectedId ? 'indigo' : 'gray'}
            onClick={() => setSelectedId(p.id)}
          />
        </RowActions>
      ),
    },
  ];

  return (
    <ListPage
      title={t('config.processes.title')}
      subtitle={t('config.processes.subtitle')}
      newLabel={t('config.processes.new')}
      onNew={() => setDialog({ process: null })}
      list={processes}
      columns={columns}
      rowKey={(p) => p.id}
      empty={t('config.processes.empty')}
      below={selected && <SubprocessesPanel process={selected} onClose={() => setSelectedId(null)} />}
    >
      {dialog && <ProcessFormModal process={dialog.process} onClose={() => setDialog(null)} onCreated={(p) => setSelectedId(p.id)} />}
    </ListPage>
  );
}
