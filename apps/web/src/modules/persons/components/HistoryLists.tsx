import type { AttendanceSummary, PersonVisit } from '@atende/shared';
import { Anchor, Badge, Group, Pagination, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../ui/DataTable';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { isActiveFor } from '../../attendances/attendance-list';
import { useChannelName } from '../../attendances/components/ChannelIcon';
import { formatDateTime } from '../../attendances/time-format';
import type { ServiceRequest } from '../../knowledge/api';
import { RequestModal } from '../../knowledge/components/RequestModal';
import {
  usePersonAttendancePage,
  usePersonIdentities,
  usePersonRequests,
  usePersonSchedules,
  usePersonVisits,
  type HistoryPage,
} from '../history-api';

type List<T> = { data?: T[]; error: unknown; isError: boolean };
type Paged<T> = { data?: HistoryPage<T>; error: unknown; isError: boolean };
type Paging = { page: number; onPage: (page: number) => void };

function Table<T>({
  list,
  columns,
  rowKey,
  empty,
  caption,
}: {
  list: List<T>;
  columns: Column<T>[];
  rowKey: (r: T) => string;
  empty: string;
  caption: string;
}) {
  return (
    <>
      <ErrorAlert error={list.error} />
      <DataTable columns={columns} rows={list.isError ? [] : list.data} rowKey={rowKey} empty={empty} caption={caption} />
    </>
  );
}

/** A history tab's table with its pages (PER-04), as the console's other paged lists. */
function PagedTable<T>({
  list,
  page,
  onPage,
  titled = false,
  ...rest
}: { list: Paged<T>; columns: Column<T>[]; rowKey: (r: T) => string; empty: string; caption: string; titled?: boolean } & Paging) {
  const { t } = useTranslation();
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;
  const table = (
    <>
      <Table list={{ data: list.data?.items, error: list.error, isError: list.isError }} {...rest} />
      {pages > 1 && (
        <Group justify="flex-end" mt="sm">
          <Pagination total={pages} value={page} onChange={onPage} size="sm" aria-label={t('people.history.pagination', { tab: rest.caption })} />
        </Group>
      )}
    </>
  );
  // Several lists in one tab ("Agendamentos"): each under its caption as a heading.
  if (!titled) return table;
  return (
    <Stack gap="xs">
      <Title order={4}>{rest.caption}</Title>
      {table}
    </Stack>
  );
}

/** SPEC PER-04 "Atendimentos": newest first; each opens by its protocol (read-only unless it is the agent's own open one). */
export function AttendancesList({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const channelName = useChannelName();
  const [page, setPage] = useState(1);
  const list = usePersonAttendancePage(personId, page);
  const columns: Column<AttendanceSummary>[] = [
    {
      key: 'protocol',
      header: t('people.history.columns.protocol'),
      cell: (a) => {
        const label = a.protocol ?? t('attendances.header.code', { code: a.code });
        const to = isActiveFor(a, me.id) ? `/attendances/${a.id}` : `/attendances/history/${a.id}`;
        return (
          <Anchor component={Link} to={to} aria-label={t('people.history.openAttendance', { protocol: label })} fw={600}>
            {label}
          </Anchor>
        );
      },
    },
    { key: 'channel', header: t('people.history.columns.channel'), cell: (a) => channelName(a.channelType) },
    { key: 'status', header: t('people.history.columns.status'), cell: (a) => <Badge variant="light">{t(`attendances.status.${a.status}`)}</Badge> },
    { key: 'date', header: t('people.history.columns.date'), cell: (a) => formatDateTime(a.createdAt, i18n.language) },
  ];
  return (
    <PagedTable
      list={list}
      page={page}
      onPage={setPage}
      columns={columns}
      rowKey={(a) => a.id}
      empty={t('people.history.attendancesEmpty')}
      caption={t('people.history.tabs.attendances')}
    />
  );
}

/** SPEC PER-04 "Solicitações": each opens by its protocol (seed 002 §1.4). */
export function RequestsList({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const list = usePersonRequests(personId, page);
  const [open, setOpen] = useState<string | null>(null);
  const columns: Column<ServiceRequest>[] = [
    {
      key: 'protocol',
      header: t('people.history.columns.protocol'),
      cell: (r) => (
        <Anchor
          component="button"
          type="button"
          fw={600}
          onClick={() => setOpen(r.id)}
          aria-label={t('people.history.openRequest', { protocol: r.protocol })}
        >
          {r.protocol}
        </Anchor>
      ),
    },
    { key: 'title', header: t('people.history.columns.title'), cell: (r) => r.title },
    { key: 'status', header: t('people.history.columns.status'), cell: (r) => <Badge variant="light">{t(`knowledge.status.${r.status}`)}</Badge> },
    { key: 'date', header: t('people.history.columns.date'), cell: (r) => formatDateTime(r.createdAt, i18n.language) },
  ];
  return (
    <>
      <PagedTable
        list={list}
        page={page}
        onPage={setPage}
        columns={columns}
        rowKey={(r) => r.id}
        empty={t('people.history.requestsEmpty')}
        caption={t('people.history.tabs.requests')}
      />
      {open && <RequestModal id={open} onClose={() => setOpen(null)} />}
    </>
  );
}

/** SPEC PER-04 "Agendamentos": the call-backs of the person's abandoned calls and their service-order visits. */
export function SchedulesList({ personId }: { personId: string }) {
  return (
    <Stack gap="lg">
      <CallbacksList personId={personId} />
      <VisitsList personId={personId} />
    </Stack>
  );
}

function CallbacksList({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const list = usePersonSchedules(personId, page);
  const columns: Column<NonNullable<typeof list.data>['items'][number]>[] = [
    { key: 'kind', header: t('people.history.columns.kind'), cell: () => t('people.history.callback') },
    { key: 'number', header: t('people.history.columns.number'), cell: (c) => c.number },
    { key: 'status', header: t('people.history.columns.status'), cell: (c) => t(`people.history.scheduleStatus.${c.status}`) },
    { key: 'date', header: t('people.history.columns.date'), cell: (c) => formatDateTime(c.createdAt, i18n.language) },
  ];
  return (
    <PagedTable
      titled
      list={list}
      page={page}
      onPage={setPage}
      columns={columns}
      rowKey={(c) => c.id}
      empty={t('people.history.schedulesEmpty')}
      caption={t('people.history.callbacks')}
    />
  );
}

/** SPEC PER-04, PAN-06: the visits of the service orders ("O.S.") of the person's attendances. */
function VisitsList({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const list = usePersonVisits(personId, page);
  const address = (v: PersonVisit) =>
    [v.address.street, v.address.number, v.address.district, v.address.city, v.address.state].filter(Boolean).join(', ') || '—';
  const columns: Column<PersonVisit>[] = [
    { key: 'kind', header: t('people.history.columns.kind'), cell: (v) => t('people.history.visit', { code: v.code }) },
    { key: 'protocol', header: t('people.history.columns.protocol'), cell: (v) => v.protocol ?? '—' },
    { key: 'status', header: t('people.history.columns.status'), cell: (v) => t(`people.history.visitStatus.${v.status}`) },
    {
      key: 'date',
      header: t('people.history.columns.scheduledFor'),
      cell: (v) => (v.scheduledAt ? formatDateTime(v.scheduledAt, i18n.language) : t('people.history.notScheduled')),
    },
    { key: 'address', header: t('people.history.columns.address'), cell: address },
  ];
  return (
    <PagedTable
      titled
      list={list}
      page={page}
      onPage={setPage}
      columns={columns}
      rowKey={(v) => v.id}
      empty={t('people.history.visitsEmpty')}
      caption={t('people.history.visits')}
    />
  );
}

/** SPEC PER-04 "Redes Sociais": the channel identities remembered for the person (PER-03). */
export function IdentitiesList({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const channelName = useChannelName();
  const list = usePersonIdentities(personId);
  const columns: Column<NonNullable<typeof list.data>[number]>[] = [
    { key: 'channel', header: t('people.history.columns.channel'), cell: (i) => channelName(i.channelType) },
    { key: 'identity', header: t('people.history.columns.identity'), cell: (i): ReactNode => <Text size="sm">{i.identity}</Text> },
    { key: 'since', header: t('people.history.columns.since'), cell: (i) => formatDateTime(i.since, i18n.language) },
  ];
  return (
    <Table
      list={list}
      columns={columns}
      rowKey={(i) => `${i.channelType}:${i.identity}`}
      empty={t('people.history.socialEmpty')}
      caption={t('people.history.tabs.social')}
    />
  );
}
