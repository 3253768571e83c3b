import { Badge, Button, Group, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { requestStatuses } from '@atende/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../../ui/DataTable';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import type { RequestStatus, ServiceRequest } from '../api';
import { useRequests } from '../hooks';
import { RequestModal } from './RequestModal';

const statusColor: Record<RequestStatus, string> = { open: 'blue', in_progress: 'yellow', answered: 'teal', closed: 'gray' };

/** SPEC KB-03 "Solicitações": the requests of the user's teams (all for supervisors), with filters. */
export function RequestsPage() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<RequestStatus | null>(null);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [lateOnly, setLateOnly] = useState(false);
  const list = useRequests({ status: status ?? undefined, q: q || undefined, late: lateOnly ? 'true' : undefined });
  const [open, setOpen] = useState<string | null>(null);
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' });

  const columns: Column<ServiceRequest>[] = [
    { key: 'protocol', header: t('knowledge.requests.protocol'), cell: (r) => r.protocol },
    { key: 'title', header: t('knowledge.requests.type'), cell: (r) => r.title },
    { key: 'person', header: t('knowledge.requests.person'), cell: (r) => r.personName ?? t('knowledge.request.anonymous') },
    {
      key: 'status',
      header: t('knowledge.requests.status'),
      cell: (r) => (
        <Badge color={statusColor[r.status]} variant="light">
          {t(`knowledge.status.${r.status}`)}
        </Badge>
      ),
    },
    {
      key: 'due',
      header: t('knowledge.requests.due'),
      // SPEC KB-01: the deadline of the type's SLA, "Atrasada" once past while not answered.
      cell: (r) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm">{date(r.dueAt)}</Text>
          {r.late && (
            <Badge color="red" variant="light">
              {t('knowledge.requests.late')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      align: 'right',
      cell: (r) => (
        <Button size="compact-sm" variant="subtle" aria-label={`${t('knowledge.requests.open')}: ${r.protocol}`} onClick={() => setOpen(r.id)}>
          {t('knowledge.requests.open')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('knowledge.requests.title')} subtitle={t('knowledge.requests.subtitle')} />
      <Stack gap="md">
        <Group gap="sm">
          <Select
            aria-label={t('knowledge.requests.status')}
            placeholder={t('knowledge.requests.anyStatus')}
            data={requestStatuses.map((s) => ({ value: s, label: t(`knowledge.status.${s}`) }))}
            value={status}
            onChange={(v) => setStatus(v as RequestStatus | null)}
            clearable
          />
          <TextInput
            aria-label={t('knowledge.requests.search')}
            placeholder={t('knowledge.requests.search')}
            leftSection={<IconSearch size={14} />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
          />
          <Switch label={t('knowledge.requests.lateOnly')} checked={lateOnly} onChange={(e) => setLateOnly(e.currentTarget.checked)} />
        </Group>
        <ErrorAlert error={list.error} />
        <DataTable
          columns={columns}
          rows={list.isError ? [] : list.data}
          rowKey={(r) => r.id}
          empty={t('knowledge.requests.empty')}
          caption={t('knowledge.requests.title')}
        />
      </Stack>
      {open && <RequestModal id={open} onClose={() => setOpen(null)} />}
    </>
  );
}
