import { Anchor, Box, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { ApiError, isApiError } from '../../../app/api';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { fieldErrors } from '../../../ui/field-errors';
import { FullPageLoader } from '../../../ui/FullPageLoader';
import { PasswordField } from '../../../ui/PasswordField';
import { usePageTitle } from '../../../ui/use-page-title';
import { useLogin } from '../hooks/use-login';
import { useMe } from '../hooks/use-me';
import { LoginShowcase } from './LoginShowcase';

export function LoginPage() {
  const { t } = useTranslation();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';
  const me = useMe();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  usePageTitle(t('login.title'));

  if (me.isPending) return <FullPageLoader />;
  // Already logged in, or just logged in: go where the user was heading.
  if (me.data) return <Navigate to={from} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ email: email.trim(), password });
  };
  const errors = fieldErrors(t, login.error);
  // 429 comes from the login throttle whatever code the limiter used.
  const error = isApiError(login.error, 429) ? new ApiError(429, 'AUTH_TOO_MANY_ATTEMPTS', login.error.message) : login.error;

  return (
    <Box style={{ display: 'flex', minHeight: '100dvh' }}>
      <LoginShowcase />
      <Box style={{ flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center' }} p="xl" bg="gray.0">
        <Paper component="main" withBorder shadow="sm" p={36} radius="lg" w="100%" maw={420}>
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <Stack gap={4}>
                <Title order={1} fz={24}>
                  {t('login.title')}
                </Title>
                <Text c="dimmed" size="sm">
                  {t('login.subtitle')}
                </Text>
              </Stack>
              <TextInput
                label={t('login.email')}
                placeholder={t('login.emailPlaceholder')}
                type="email"
                autoComplete="username"
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
                error={errors.email}
                data-autofocus
                autoFocus
              />
              <PasswordField
                label={t('login.password')}
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={errors.password}
              />
              <ErrorAlert error={error} />
              <Button type="submit" size="md" fullWidth loading={login.isPending}>
                {t('login.submit')}
              </Button>
              <Anchor component={Link} to="/esqueci-senha" size="sm" ta="center">
                {t('passwordReset.forgot')}
              </Anchor>
            </Stack>
          </form>
        </Paper>
      </Box>
    </Box>
  );
}
