import type { User } from '@atende/shared';
import { Button, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useUsers } from '../hooks/use-users';
import { DeactivateUserModal } from './DeactivateUserModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserFormModal } from './UserFormModal';
import { UsersTable, type UserAction } from './UsersTable';

type Dialog = { kind: 'form'; user: User | null } | { kind: 'password' | 'deactivate'; user: User } | null;

/** SPEC ORG-02: the organization's staff, managed by admins. */
export function UsersPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const users = useUsers(debounced);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  const onAction = (action: UserAction, user: User) => {
    if (action === 'edit') setDialog({ kind: 'form', user });
    else if (action === 'resetPassword') setDialog({ kind: 'password', user });
    else setDialog({ kind: 'deactivate', user });
  };

  return (
    <>
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={() => setDialog({ kind: 'form', user: null })}>
            {t('users.new')}
          </Button>
        }
      />
      <Stack gap="md">
        <TextInput
          aria-label={t('users.search')}
          placeholder={t('users.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          maw={360}
          type="search"
        />
        <ErrorAlert error={users.error} />
        <UsersTable users={users.isError ? [] : users.data} onAction={onAction} />
      </Stack>
      {dialog?.kind === 'form' && <UserFormModal user={dialog.user} onClose={close} />}
      {dialog?.kind === 'password' && <ResetPasswordModal user={dialog.user} onClose={close} />}
      {dialog?.kind === 'deactivate' && <DeactivateUserModal user={dialog.user} onClose={close} />}
    </>
  );
}
