import type { AgentPresence } from '@atende/shared';
import { Avatar, Badge, Group, Stack, Text } from '@mantine/core';
import { IconLogout, IconPlayerPause } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../ui/DataTable';
import { RowAction } from '../../../ui/RowAction';
import { AgentTargets } from './AgentTargets';

export type AgentAction = 'pause' | 'logout';

type Props = { agents: AgentPresence[] | undefined; onAction: (action: AgentAction, agent: AgentPresence) => void };

const targetsOf = (a: AgentPresence) => [...a.voice.targets, ...a.chat.targets];

export function AgentsTable({ agents, onAction }: Props) {
  const { t } = useTranslation();
  const columns: Column<AgentPresence>[] = [
    {
      key: 'name',
      header: t('agents.columns.agent'),
      cell: (a) => (
        <Group gap="sm" wrap="nowrap">
          <Avatar name={a.name} color="initials" radius="xl" size={34} aria-hidden />
          <Stack gap={0}>
            <Text size="sm" fw={600}>
              {a.name}
            </Text>
            <Text size="xs" c="dimmed">
              {a.email}
            </Text>
          </Stack>
        </Group>
      ),
    },
    {
      key: 'connection',
      header: t('agents.columns.connection'),
      width: 170,
      cell: (a) => (
        <Badge variant="dot" color={a.connected ? 'teal' : 'gray'}>
          {t(a.connected ? 'agents.connected' : 'agents.disconnected')}
        </Badge>
      ),
    },
    { key: 'voice', header: t('presence.voiceChannels'), cell: (a) => <AgentTargets group={a.voice} /> },
    { key: 'chat', header: t('presence.chatChannels'), cell: (a) => <AgentTargets group={a.chat} /> },
    {
      key: 'actions',
      header: t('common.actions'),
      align: 'right',
      width: 110,
      cell: (a) => (
        <Group gap={4} justify="flex-end" wrap="nowrap" role="group" aria-label={t('users.rowActions', { name: a.name })}>
          <RowAction
            label={t('agents.actions.forcePause')}
            icon={<IconPlayerPause size={18} />}
            color="orange"
            disabled={!targetsOf(a).some((x) => x.state === 'online')}
            onClick={() => onAction('pause', a)}
          />
          <RowAction
            label={t('agents.actions.forceLogout')}
            icon={<IconLogout size={18} />}
            color="red"
            disabled={!targetsOf(a).some((x) => x.state !== 'offline')}
            onClick={() => onAction('logout', a)}
          />
        </Group>
      ),
    },
  ];
  return <DataTable columns={columns} rows={agents} rowKey={(a) => a.userId} empty={t('agents.empty')} caption={t('agents.title')} />;
}
