import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../ui/DataTable';
import { RowAction } from '../../../ui/RowAction';
import { useNotify } from '../../../ui/use-notify';
import type { Process, Subprocess } from '../api';
import { useSaveSubprocess } from '../hooks/use-processes';
import { useToggleActive } from '../hooks/use-toggle-active';
import { RowActions } from './RowActions';
import { StatusBadge } from './StatusBadge';
import { SubprocessFormModal } from './SubprocessFormModal';

type Dialog = { subprocess: Subprocess | null } | null;

/** SPEC PAN-03: a process's subprocesses in the order attendances run through them. */
export function SubprocessesPanel({ process, onClose }: { process: Process; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [dialog, setDialog] = useState<Dialog>(null);
  const save = useSaveSubprocess();
  const toggle = useToggleActive(save, (row, active) => ({ id: row.id, body: { active } }));
  const rows = [...process.subprocesses].sort((a, b) => a.position - b.position);
  const title = t('config.subprocesses.title', { name: process.name });

  // `position` is the 1-based place in the process; the server renumbers the others around it.
  const move = (index: number, by: -1 | 1) => {
    const row = rows[index];
    if (!row || !rows[index + by]) return;
    save.mutate({ id: row.id, body: { position: index + by + 1 } }, { onError: (err) => notify.error(err) });
  };

  const columns: Column<Subprocess>[] = [
    { key: 'position', header: t('config.subprocesses.columns.position'), width: 80, cell: (s) => rows.indexOf(s) + 1 },
    {
      key: 'name',
      header: t('config.columns.name'),
      cell: (s) => (
        <Text size="sm" fw={600}>
          {s.name}
        </Text>
      ),
    },
    {
      key: 'duration',
      header: t('config.subprocesses.columns.duration'),
      cell: (s) => t('config.subprocesses.hours', { count: s.durationHours }),
    },
    { key: 'status', header: t('config.columns.status'), width: 120, cell: (s) => <StatusBadge active={s.active} /> },
    {
      key: 'actions',
      header: t('common.actions'),
      align: 'right',
      width: 180,
      cell: (s) => {
        const index = rows.indexOf(s);
        return (
          <RowActions name={s.name} active={s.active} onEdit={() => setDialog({ subprocess: s })} onToggle={() => toggle(s)} pending={save.isPending}>
            <RowAction
              label={t('config.actions.moveUp')}
              icon={<IconArrowUp size={18} />}
              disabled={index === 0 || save.isPending}
              onClick={() => move(index, -1)}
            />
            <RowAction
              label={t('config.actions.moveDown')}
              icon={<IconArrowDown size={18} />}
              disabled={index === rows.length - 1 || save.isPending}
              onClick={() => move(index, 1)}
            />
          </RowActions>
        );
      },
    },
  ];

  return (
    <Paper component="section" aria-label={title} withBorder radius="lg" p="md">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={2} fz="lg">
              {title}
            </Title>
            <Text size="sm" c="dimmed">
              {t('config.subprocesses.hint')}
            </Text>
          </Stack>
          <Group gap="sm">
            <Button leftSection={<IconPlus size={18} />} onClick={() => setDialog({ subprocess: null })}>
              {t('config.subprocesses.new')}
            </Button>
            <RowAction label={t('config.subprocesses.close')} icon={<IconX size={18} />} onClick={onClose} />
          </Group>
        </Group>
        <DataTable columns={columns} rows={rows} rowKey={(s) => s.id} empty={t('config.subprocesses.empty')} caption={title} />
      </Stack>
      {dialog && <SubprocessFormModal processId={process.id} subprocess={dialog.subprocess} onClose={() => setDialog(null)} />}
    </Paper>
  );
}
