import type { User } from '@atende/shared';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { useNotify } from '../../../ui/use-notify';
import { useSetUserActive } from '../hooks/use-users';

/** Deactivation blocks login but keeps the user's history (USER_LAST_ADMIN and self are refused). */
export function DeactivateUserModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const deactivate = useSetUserActive();
  const confirm = () =>
    deactivate.mutate(
      { id: user.id, active: false },
      {
        onSuccess: () => {
          notify.success(t('users.deactivated'));
          onClose();
        },
      },
    );
  return (
    <ConfirmModal
      opened
      onClose={onClose}
      title={t('users.deactivateTitle')}
      text={t('users.deactivateText', { name: user.name })}
      confirmLabel={t('users.actions.deactivate')}
      onConfirm={confirm}
      loading={deactivate.isPending}
      error={deactivate.error}
      danger
    />
  );
}
