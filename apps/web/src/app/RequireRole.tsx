import { roleAtLeast, type Role } from '@atende/shared/roles';
import { Button } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useCurrentUser } from '../modules/auth/hooks/use-me';
import { StatusPage } from '../ui/StatusPage';

/** Pages for `role` and above; everyone else sees a "no permission" page (SPEC ORG-02). */
export function RequireRole({ role }: { role: Role }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (roleAtLeast(me.role, role)) return <Outlet />;
  return (
    <StatusPage
      icon={<IconLock size={32} />}
      color="orange"
      title={t('status.forbiddenTitle')}
      text={t('status.forbiddenText')}
      action={
        <Button component={Link} to="/" variant="light">
          {t('status.backHome')}
        </Button>
      }
    />
  );
}
