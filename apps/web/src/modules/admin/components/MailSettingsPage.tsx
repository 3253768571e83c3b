import { mailSecurities, type MailSecurity } from '@atende/shared';
import {
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useNotify } from '../../../ui/use-notify';
import { useMailLog, useMailSettings, useSaveMailSettings, useSendTestMail } from '../mail-api';

const statusColor = { queued: 'yellow', sent: 'teal', failed: 'red' } as const;

/** "Administração → E-mail": the organization's SMTP server (password write-only), "Enviar e-mail de teste" and the log. */
export function MailSettingsPage() {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const current = useMailSettings();
  const log = useMailLog();
  const save = useSaveMailSettings();
  const test = useSendTestMail();
  const [host, setHost] = useState('');
  const [port, setPort] = useState<number>(587);
  const [security, setSecurity] = useState<MailSecurity>('starttls');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fromName, setFromName] = useState('');
  const [fromAddress, setFromAddress] = useState('');
  const [testTo, setTestTo] = useState('');
  useEffect(() => {
    const c = current.data;
    if (!c?.configured) return;
    setHost(c.host);
    setPort(c.port);
    setSecurity(c.security);
    setUsername(c.username ?? '');
    setFromName(c.fromName);
    setFromAddress(c.fromAddress);
  }, [current.data]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        host: host.trim(),
        port,
        security,
        username: username.trim() || null,
        ...(password ? { password } : {}),
        fromName: fromName.trim(),
        fromAddress: fromAddress.trim(),
      },
      {
        onSuccess: () => {
          setPassword('');
          notify.success(t('mail.saved'));
        },
      },
    );
  };
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' });

  return (
    <Stack gap="lg">
      <PageHeader title={t('mail.title')} subtitle={t('mail.subtitle')} />
      <ErrorAlert error={current.error} />
      {current.data && !current.data.configured && <Alert color="yellow">{t('mail.notConfigured')}</Alert>}
      <Paper withBorder p="md" radius="md" component="form" onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('mail.host')} value={host} onChange={(e) => setHost(e.currentTarget.value)} required />
            <NumberInput label={t('mail.port')} value={port} onChange={(v) => setPort(Number(v) || 0)} min={1} max={65535} required />
            <Select
              label={t('mail.security')}
              data={mailSecurities.map((s) => ({ value: s, label: t(`mail.securities.${s}`) }))}
              value={security}
              onChange={(v) => v && setSecurity(v as MailSecurity)}
              allowDeselect={false}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('mail.username')} value={username} onChange={(e) => setUsername(e.currentTarget.value)} autoComplete="off" />
            <PasswordInput
              label={t('mail.password')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              autoComplete="new-password"
              description={current.data?.hasPassword ? t('mail.passwordSaved') : undefined}
            />
            <TextInput label={t('mail.fromName')} value={fromName} onChange={(e) => setFromName(e.currentTarget.value)} required />
            <TextInput
              label={t('mail.fromAddress')}
              type="email"
              value={fromAddress}
              onChange={(e) => setFromAddress(e.currentTarget.value)}
              required
            />
          </SimpleGrid>
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Group align="flex-end">
          <TextInput label={t('mail.testTo')} type="email" value={testTo} onChange={(e) => setTestTo(e.currentTarget.value)} style={{ flex: 1 }} />
          <Button
            variant="light"
            disabled={!current.data?.configured}
            loading={test.isPending}
            onClick={() => test.mutate(testTo.trim() || undefined, { onSuccess: (r) => notify.success(t('mail.testQueued', { to: r.to })) })}
          >
            {t('mail.sendTest')}
          </Button>
        </Group>
        <ErrorAlert error={test.error} />
      </Paper>
      <Title order={2} fz="lg">
        {t('mail.log')}
      </Title>
      {log.data?.length === 0 && <Text c="dimmed">{t('mail.logEmpty')}</Text>}
      {!!log.data?.length && (
        <Table striped aria-label={t('mail.log')}>
          <Table.Thead>
            <Table.Tr>
              {(['when', 'to', 'subject', 'status', 'attempts'] as const).map((c) => (
                <Table.Th key={c}>{t(`mail.columns.${c}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {log.data.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{when(e.createdAt)}</Table.Td>
                <Table.Td>{e.to}</Table.Td>
                <Table.Td>{e.subject}</Table.Td>
                <Table.Td title={e.error ?? undefined}>
                  <Badge color={statusColor[e.status]} variant="light">
                    {t(`mail.statuses.${e.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{e.attempts}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
