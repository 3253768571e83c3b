import type { Team } from '@atende/shared';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../ui/DataTable';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { RowAction } from '../../../ui/RowAction';
import { useTeams } from '../hooks/use-teams';
import { DeleteTeamModal } from './DeleteTeamModal';
import { TeamFormModal } from './TeamFormModal';

type Dialog = { kind: 'form'; team: Team | null } | { kind: 'delete'; team: Team } | null;

/** SPEC ORG-02: "A gestão de Equipe só pode ser feita por usuário com perfil de Administrador." */
export function TeamsPage() {
  const { t } = useTranslation();
  const teams = useTeams();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  const columns: Column<Team>[] = [
    {
      key: 'name',
      header: t('teams.columns.name'),
      cell: (team) => (
        <Text size="sm" fw={500}>
          {team.name}
        </Text>
      ),
    },
    {
      key: 'description',
      header: t('teams.columns.description'),
      cell: (team) => (
        <Text size="sm" c="dimmed" lineClamp={2}>
          {team.description || '—'}
        </Text>
      ),
    },
    {
      key: 'members',
      header: t('teams.columns.members'),
      width: 120,
      align: 'right',
      cell: (team) => team.memberIds.length,
    },
    {
      key: 'actions',
      header: t('common.actions'),
      width: 120,
      align: 'right',
      cell: (team) => (
        <Group gap={4} justify="flex-end" wrap="nowrap" role="group" aria-label={t('users.rowActions', { name: team.name })}>
          <RowAction label={t('teams.actions.edit')} icon={<IconPencil size={18} />} onClick={() => setDialog({ kind: 'form', team })} />
          <RowAction
            label={t('teams.actions.delete')}
            icon={<IconTrash size={18} />}
            color="red"
            onClick={() => setDialog({ kind: 'delete', team })}
          />
        </Group>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('teams.title')}
        subtitle={t('teams.subtitle')}
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={() => setDialog({ kind: 'form', team: null })}>
            {t('teams.new')}
          </Button>
        }
      />
      <Stack gap="md">
        <ErrorAlert error={teams.error} />
        <DataTable
          columns={columns}
          rows={teams.isError ? [] : teams.data}
          rowKey={(team) => team.id}
          empty={t('teams.empty')}
          caption={t('teams.title')}
        />
      </Stack>
      {dialog?.kind === 'form' && <TeamFormModal team={dialog.team} onClose={close} />}
      {dialog?.kind === 'delete' && <DeleteTeamModal team={dialog.team} onClose={close} />}
    </>
  );
}
