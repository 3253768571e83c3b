import type { ProtocolLookupResult } from '@atende/shared';
import { Badge, Button, Group, Paper, Stack, Text, TextInput, Timeline, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../app/api';
import { PublicFrame } from '../../ui/PublicFrame';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { usePageTitle } from '../../ui/use-page-title';

const lookupProtocol = (body: { protocol: string; document: string }) => api.post<ProtocolLookupResult>('/api/public/protocol-lookup', body);

export function Result({ r }: { r: ProtocolLookupResult }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const status =
    r.kind === 'attendance'
      ? t(`attendances.status.${r.status}` as 'attendances.status.waiting')
      : t(`knowledge.status.${r.status}` as 'knowledge.status.open');
  return (
    <Stack gap="sm" role="region" aria-label={`${t(`lookup.kind.${r.kind}`)} ${r.protocol}`}>
      <Group justify="space-between">
        <Title order={2} fz="lg">
          {t(`lookup.kind.${r.kind}`)} {r.protocol}
        </Title>
        <Badge size="lg" variant="light">
          {status}
        </Badge>
      </Group>
      {r.title && <Text fw={600}>{r.title}</Text>}
      <Text size="sm">
        {t('lookup.status')}: {status}
      </Text>
      <Text size="sm">
        {t('lookup.openedAt')}: {when(r.openedAt)}
      </Text>
      <Text size="sm">
        {t('lookup.updatedAt')}: {when(r.updatedAt)}
      </Text>
      <Title order={3} fz="md">
        {t('lookup.history')}
      </Title>
      <Timeline active={r.steps.length - 1} bulletSize={14}>
        {r.steps.map((s, i) => (
          <Timeline.Item key={i} title={s.step === 'status' ? t('lookup.steps.status', { status }) : t(`lookup.steps.${s.step}`)}>
            <Text size="xs" c="dimmed">
              {when(s.at)}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}

/** SPEC PLT-05: the customer follows a demand by protocol + CPF/CNPJ, without logging in (pt-BR and English). */
export function ProtocolLookupPage() {
  const { t } = useTranslation();
  usePageTitle(t('lookup.title'));
  const [protocol, setProtocol] = useState('');
  const [document, setDocument] = useState('');
  const lookup = useMutation({ mutationFn: lookupProtocol });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (protocol.trim() && document.trim()) lookup.mutate({ protocol: protocol.trim(), document: document.trim() });
  };
  const notFound = isApiError(lookup.error, 404) || isApiError(lookup.error, 400);
  return (
    <PublicFrame width={520} languageLabel={t('lookup.language')}>
      <Paper component="main" withBorder shadow="sm" radius="lg" p={{ base: 'lg', sm: 32 }}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Title order={1} fz={22}>
              {t('lookup.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('lookup.subtitle')}
            </Text>
            <TextInput label={t('lookup.protocol')} value={protocol} onChange={(e) => setProtocol(e.currentTarget.value)} required maxLength={40} />
            <TextInput label={t('lookup.document')} value={document} onChange={(e) => setDocument(e.currentTarget.value)} required maxLength={32} />
            <Button type="submit" loading={lookup.isPending}>
              {t('lookup.submit')}
            </Button>
            {notFound && (
              <Text c="red.7" size="sm" role="alert">
                {t('lookup.notFound')}
              </Text>
            )}
            {!notFound && <ErrorAlert error={lookup.error} />}
          </Stack>
        </form>
      </Paper>
      {lookup.data && (
        <Paper withBorder radius="lg" p={{ base: 'lg', sm: 32 }}>
          <Result r={lookup.data} />
        </Paper>
      )}
    </PublicFrame>
  );
}
