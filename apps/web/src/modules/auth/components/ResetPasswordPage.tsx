import { Alert, Anchor } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../../app/api';
import { usePageTitle } from '../../../ui/use-page-title';
import { NewPasswordForm } from './NewPasswordForm';
import { PublicCard } from './PublicCard';

const confirmReset = (body: { token: string; password: string }) => api.post<{ ok: true }>('/api/auth/password-reset/confirm', body);

/** The page of the e-mailed reset link: a new password under the usual rules; every session then ends. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('passwordReset.newTitle'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useMutation({ mutationFn: confirmReset });
  return (
    <PublicCard title={t('passwordReset.newTitle')}>
      {!token && <Alert color="red">{t('passwordReset.missingToken')}</Alert>}
      {token && confirm.isSuccess && (
        <Alert color="teal" role="status">
          {t('passwordReset.done')}
        </Alert>
      )}
      {token && !confirm.isSuccess && (
        <NewPasswordForm
          submitLabel={t('passwordReset.save')}
          loading={confirm.isPending}
          error={confirm.error}
          onSubmit={(password) => confirm.mutate({ token, password })}
        />
      )}
      <Anchor component={Link} to="/login" size="sm" ta="center">
        {t('passwordReset.backToLogin')}
      </Anchor>
    </PublicCard>
  );
}
