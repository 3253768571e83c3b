import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PasswordField } from '../../ui/PasswordField';
import { PublicFrame } from '../../ui/PublicFrame';
import { usePageTitle } from '../../ui/use-page-title';
import { NewPasswordForm } from '../auth/components/NewPasswordForm';
import { Result } from '../lookup/ProtocolLookupPage';
import { usePortalDemands, usePortalFirstAccess, usePortalLogin, usePortalLogout, usePortalSession, usePortalSetPassword } from './api';

export type PortalView = 'login' | 'first-access' | 'set-password';

function Frame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <PublicFrame width={560} languageLabel={t('portal.language')}>
      {children}
    </PublicFrame>
  );
}

function LoginForm() {
  const { t } = useTranslation();
  const login = usePortalLogin();
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (user.trim() && password) login.mutate({ login: user.trim(), password });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput label={t('portal.login')} autoComplete="username" value={user} onChange={(e) => setUser(e.currentTarget.value)} required />
        <PasswordField
          label={t('portal.password')}
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        <ErrorAlert error={login.error} />
        <Button type="submit" loading={login.isPending}>
          {t('portal.enter')}
        </Button>
        <Anchor component={Link} to="/portal/primeiro-acesso" size="sm" ta="center">
          {t('portal.firstAccess')}
        </Anchor>
      </Stack>
    </form>
  );
}

function FirstAccessForm() {
  const { t } = useTranslation();
  const ask = usePortalFirstAccess();
  const [document, setDocument] = useState('');
  const [email, setEmail] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (document.trim() && email.trim()) ask.mutate({ document: document.trim(), email: email.trim() });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('portal.firstAccessSubtitle')}
        </Text>
        <TextInput label={t('portal.document')} value={document} onChange={(e) => setDocument(e.currentTarget.value)} required maxLength={32} />
        <TextInput label={t('portal.email')} type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} required />
        <ErrorAlert error={ask.error} />
        {ask.isSuccess && (
          <Alert color="teal" role="status">
            {t('portal.linkSent')}
          </Alert>
        )}
        <Button type="submit" loading={ask.isPending}>
          {t('portal.sendLink')}
        </Button>
        <Anchor component={Link} to="/portal" size="sm" ta="center">
          {t('portal.haveAccount')}
        </Anchor>
      </Stack>
    </form>
  );
}

function SetPasswordForm() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const set = usePortalSetPassword();
  if (!token) return <Alert color="red">{t('passwordReset.missingToken')}</Alert>;
  if (set.isSuccess) return <Navigate to="/portal" replace />;
  return (
    <NewPasswordForm
      submitLabel={t('portal.savePassword')}
      loading={set.isPending}
      error={set.error}
      onSubmit={(password) => set.mutate({ token, password })}
    />
  );
}

function Demands({ name }: { name: string }) {
  const { t } = useTranslation();
  const demands = usePortalDemands(true);
  const logout = usePortalLogout();
  return (
    <>
      <Group justify="space-between">
        <Title order={1} fz={22}>
          {t('portal.hello', { name })}
        </Title>
        <Button variant="default" onClick={() => logout.mutate()} loading={logout.isPending}>
          {t('portal.logout')}
        </Button>
      </Group>
      <Title order={2} fz="lg">
        {t('portal.demands')}
      </Title>
      {demands.isPending && <Loader size="sm" />}
      <ErrorAlert error={demands.error} />
      {demands.data?.items.length === 0 && <Text c="dimmed">{t('portal.noDemands')}</Text>}
      {demands.data?.items.map((d) => (
        <Paper key={`${d.kind}-${d.protocol}`} withBorder radius="lg" p="lg">
          <Result r={d} />
        </Paper>
      ))}
    </>
  );
}

/** SPEC PER-06: the customer portal — first access, password by e-mailed link, login, own demands. */
export function PortalPage({ view }: { view: PortalView }) {
  const { t } = useTranslation();
  usePageTitle(t('portal.title'));
  const session = usePortalSession();
  if (session.isPending) return <Loader m="xl" />;
  if (session.data && view === 'login') {
    return (
      <Frame>
        <Demands name={session.data.person.name} />
      </Frame>
    );
  }
  const titles: Record<PortalView, string> = {
    login: t('portal.title'),
    'first-access': t('portal.firstAccessTitle'),
    'set-password': t('portal.setPasswordTitle'),
  };
  return (
    <Frame>
      <Paper component="main" withBorder shadow="sm" radius="lg" p={{ base: 'lg', sm: 32 }}>
        <Stack gap="md">
          <Title order={1} fz={22}>
            {titles[view]}
          </Title>
          {view === 'login' && (
            <Text size="sm" c="dimmed">
              {t('portal.subtitle')}
            </Text>
          )}
          {view === 'login' && <LoginForm />}
          {view === 'first-access' && <FirstAccessForm />}
          {view === 'set-password' && <SetPasswordForm />}
        </Stack>
      </Paper>
    </Frame>
  );
}
