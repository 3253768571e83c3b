import { Badge, Button, Group, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Column } from '../../../ui/DataTable';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ListPage } from '../../../ui/ListPage';
import type { AlertAppUser } from '../api';
import { useAppUser, useAppUsers, useInviteAppUser, useSetAppUserActive } from '../hooks';
import { AppUserAlerts } from './AppUserAlerts';
import { AppUserFormModal } from './AppUserFormModal';
import { InviteModal } from './InviteModal';

/**
 * SPEC ALR-07 "Usuários": the app's users, with edit, (in)activation and the first-access link.
 * `?user=<id>` is one user's record (ALR-05 "Ver o perfil do usuário" from "Gravações"): their row,
 * with "Editar" and "Inativar"/"Reativar", and their alerts.
 */
export function AppUsersPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const focused = params.get('user');
  const [search, setSearch] = useState('');
  const all = useAppUsers(search.trim());
  const one = useAppUser(focused);
  const users = focused ? { data: one.data ? [one.data] : undefined, error: one.error, isError: one.isError } : all;
  const active = useSetAppUserActive();
  const invite = useInviteAppUser();
  const [dialog, setDialog] = useState<{ user: AlertAppUser | null } | null>(null);
  const [link, setLink] = useState<{ link: string; emailedTo: string | null } | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const detail = shown ?? focused;

  const columns: Column<AlertAppUser>[] = [
    {
      key: 'name',
      header: t('alerts.users.fields.name'),
      cell: (u) => (
        <div>
          <Text size="sm" fw={600}>
            {u.name}
          </Text>
          <Text size="xs" c="dimmed">
            {u.email ?? ''}
          </Text>
        </div>
      ),
    },
    { key: 'cpf', header: t('alerts.users.fields.cpf'), cell: (u) => u.cpf },
    { key: 'phone', header: t('alerts.users.fields.phone'), cell: (u) => u.phone ?? '—' },
    { key: 'team', header: t('alerts.users.fields.team'), cell: (u) => u.team?.name ?? t('alerts.users.noTeam') },
    {
      key: 'alerts',
      header: t('alerts.users.fields.alertCount'),
      cell: (u) => `${u.alertCount}${u.lastAlertAt ? ` · ${new Date(u.lastAlertAt).toLocaleString(i18n.language)}` : ''}`,
    },
    {
      key: 'status',
      header: t('alerts.users.fields.status'),
      cell: (u) => (
        <Badge color={u.active ? 'teal' : 'gray'} variant="light">
          {t(u.active ? 'alerts.users.active' : 'alerts.users.inactive')}
        </Badge>
      ),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      align: 'right',
      cell: (u) => (
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <Button size="compact-sm" variant="subtle" aria-label={`${t('alerts.users.edit')}: ${u.name}`} onClick={() => setDialog({ user: u })}>
            {t('alerts.users.edit')}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            aria-label={`${t(u.active ? 'alerts.users.deactivate' : 'alerts.users.reactivate')}: ${u.name}`}
            onClick={() => active.mutate({ id: u.id, active: !u.active })}
          >
            {t(u.active ? 'alerts.users.deactivate' : 'alerts.users.reactivate')}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            aria-label={`${t('alerts.users.invite')}: ${u.name}`}
            onClick={() => invite.mutate(u.id, { onSuccess: (r) => setLink({ link: r.link, emailedTo: r.emailedTo }) })}
          >
            {t('alerts.users.invite')}
          </Button>
          <Button size="compact-sm" variant="subtle" aria-label={`${t('alerts.users.showAlerts')}: ${u.name}`} onClick={() => setShown(u.id)}>
            {t('alerts.users.showAlerts')}
          </Button>
        </Group>
      ),
    },
  ];

  return (
    <ListPage
      title={t('alerts.users.title')}
      subtitle={t('alerts.users.subtitle')}
      newLabel={t('alerts.users.new')}
      onNew={() => setDialog({ user: null })}
      list={users}
      columns={columns}
      rowKey={(u) => u.id}
      empty={t('alerts.users.empty')}
      above={
        <>
          {focused ? (
            <Button variant="light" onClick={() => setParams({})} w="fit-content">
              {t('alerts.users.showAll')}
            </Button>
          ) : (
            <TextInput
              leftSection={<IconSearch size={16} />}
              aria-label={t('alerts.users.search')}
              placeholder={t('alerts.users.search')}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              maw={360}
            />
          )}
          <ErrorAlert error={active.error ?? invite.error} />
        </>
      }
      below={detail && <AppUserAlerts id={detail} />}
    >
      {dialog && <AppUserFormModal user={dialog.user} onClose={() => setDialog(null)} />}
      {link && <InviteModal link={link.link} emailedTo={link.emailedTo} onClose={() => setLink(null)} />}
    </ListPage>
  );
}
