import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../app/api';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { usePageTitle } from '../../../ui/use-page-title';
import { PublicCard } from './PublicCard';

const requestReset = (email: string) => api.post<{ ok: true }>('/api/auth/password-reset', { email });

/** "Esqueci minha senha": the answer is the same whether the e-mail has an account or not. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('passwordReset.title'));
  const [email, setEmail] = useState('');
  const send = useMutation({ mutationFn: requestReset });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (email.trim()) send.mutate(email.trim());
  };
  return (
    <PublicCard title={t('passwordReset.title')} subtitle={t('passwordReset.subtitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('passwordReset.email')}
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            required
          />
          <ErrorAlert error={send.error} />
          {send.isSuccess && (
            <Alert color="teal" role="status">
              {t('passwordReset.sent')}
            </Alert>
          )}
          <Button type="submit" loading={send.isPending}>
            {t('passwordReset.send')}
          </Button>
          <Anchor component={Link} to="/login" size="sm" ta="center">
            {t('passwordReset.backToLogin')}
          </Anchor>
        </Stack>
      </form>
    </PublicCard>
  );
}
