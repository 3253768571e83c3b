import type { User } from '@atende/shared';
import { Avatar, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../ui/DataTable';
import { UserRowActions, type UserAction } from './UserRowActions';

export type { UserAction } from './UserRowActions';

const roleColors = { admin: 'grape', supervisor: 'blue', agent: 'gray' } as const;

type Props = { users: User[] | undefined; onAction: (action: UserAction, user: User) => void };

export function UsersTable({ users, onAction }: Props) {
  const { t } = useTranslation();
  const columns: Column<User>[] = [
    {
      key: 'name',
      header: t('users.columns.name'),
      cell: (u) => (
        <Group gap="sm" wrap="nowrap">
          <Avatar name={u.name} color="initials" radius="xl" size={32} aria-hidden />
          <Text size="sm" fw={500} c={u.active ? undefined : 'dimmed'}>
            {u.name}
          </Text>
        </Group>
      ),
    },
    { key: 'email', header: t('users.columns.email'), cell: (u) => <Text size="sm">{u.email}</Text> },
    {
      key: 'role',
      header: t('users.columns.role'),
      cell: (u) => (
        <Badge variant="light" color={roleColors[u.role]}>
          {t(`roles.${u.role}`)}
        </Badge>
      ),
    },
    { key: 'extension', header: t('users.columns.extension'), cell: (u) => u.extension ?? '—' },
    {
      key: 'status',
      header: t('users.columns.status'),
      cell: (u) => (
        <Badge variant="dot" color={u.active ? 'teal' : 'gray'}>
          {t(u.active ? 'users.status.active' : 'users.status.inactive')}
        </Badge>
      ),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      align: 'right',
      cell: (u) => <UserRowActions user={u} onAction={onAction} />,
    },
  ];
  return <DataTable columns={columns} rows={users} rowKey={(u) => u.id} empty={t('users.empty')} caption={t('users.title')} />;
}
