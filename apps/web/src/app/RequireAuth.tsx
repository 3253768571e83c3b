import { Button } from '@mantine/core';
import { IconCloudOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../modules/auth/hooks/use-me';
import { errorText } from '../ui/error-text';
import { FullPageLoader } from '../ui/FullPageLoader';
import { StatusPage } from '../ui/StatusPage';

/** Renders the console only for a logged-in user; otherwise sends them to /login and back. */
export function RequireAuth() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  if (me.isPending) return <FullPageLoader />;
  if (me.isError) {
    return (
      <StatusPage
        icon={<IconCloudOff size={32} />}
        title={t('app.loadError')}
        text={errorText(t, me.error)}
        action={<Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!me.data) {
    const from = location.pathname + location.search;
    return <Navigate to="/login" replace state={from === '/' ? undefined : { from }} />;
  }
  return <Outlet />;
}
