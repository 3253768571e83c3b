import { useTranslation } from 'react-i18next';
import { useLogout } from '../../modules/auth/hooks/use-logout';
import { ConfirmModal } from '../../ui/ConfirmModal';

/** SPEC WS-02: logging out asks first; the server may refuse while attendances are open. */
export function LogoutModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const close = () => {
    logout.reset();
    onClose();
  };
  return (
    <ConfirmModal
      opened={opened}
      onClose={close}
      title={t('shell.logoutTitle')}
      text={t('shell.logoutText')}
      confirmLabel={t('shell.logoutConfirm')}
      onConfirm={() => logout.mutate()}
      loading={logout.isPending}
      error={logout.error}
      danger
    />
  );
}
