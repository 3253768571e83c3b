import type { User } from '@atende/shared';
import { Group } from '@mantine/core';
import { IconKey, IconPencil, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RowAction } from '../../../ui/RowAction';
import { useNotify } from '../../../ui/use-notify';
import { useSetUserActive } from '../hooks/use-users';

export type UserAction = 'edit' | 'resetPassword' | 'deactivate';

type Props = { user: User; onAction: (action: UserAction, user: User) => void };

/** Edit, reset password, deactivate (asks first) or reactivate (at once) one user. */
export function UserRowActions({ user, onAction }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const activate = useSetUserActive();
  const reactivate = () =>
    activate.mutate({ id: user.id, active: true }, { onSuccess: () => notify.success(t('users.activated')), onError: notify.error });
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap" role="group" aria-label={t('users.rowActions', { name: user.name })}>
      <RowAction label={t('users.actions.edit')} icon={<IconPencil size={18} />} onClick={() => onAction('edit', user)} />
      <RowAction label={t('users.actions.resetPassword')} icon={<IconKey size={18} />} onClick={() => onAction('resetPassword', user)} />
      {user.active ? (
        <RowAction label={t('users.actions.deactivate')} icon={<IconUserOff size={18} />} color="red" onClick={() => onAction('deactivate', user)} />
      ) : (
        <RowAction label={t('users.actions.activate')} icon={<IconUserCheck size={18} />} color="teal" onClick={reactivate} />
      )}
    </Group>
  );
}
