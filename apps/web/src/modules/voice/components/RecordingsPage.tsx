import type { RecordingListItem, RecordingSource } from '@atende/shared';
import { roleAtLeast } from '@atende/shared/roles';
import { ActionIcon, Anchor, Button, Group, Pagination, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconPlayerPlay, IconSearch, IconUser } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AppModal } from '../../../ui/AppModal';
import { DataTable, type Column } from '../../../ui/DataTable';
import { DateField } from '../../../ui/DateField';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { formatDateTime } from '../../attendances/time-format';
import { fetchRecordings, recordingAudioUrl, voiceKeys } from '../api';
import { formatClock } from '../player-time';
import { periodPresets, periodRange, type PeriodPreset } from '../recording-period';
import { RecordingPlayer } from './RecordingPlayer';

const callerOf = (r: RecordingListItem) => r.callerName || r.from;

/** Where a row's profile action leads, with its labels; null: no such action on that row. */
export type RecordingProfileLink = (r: RecordingListItem) => { to: string; label: string; labelOf: string } | null;

type Props = {
  /** Only the calls from one origin (ALR-05: the alert team's calls from the app). */
  source?: RecordingSource;
  title?: string;
  subtitle?: string;
  /** Replaces the default "Ver o perfil" (the caller's person, else the call's attendance). */
  profileLink?: RecordingProfileLink;
};

/**
 * SPEC VOX-04, ALR-05 "Gravações": recorded calls, newest first, with the caller's name, duration,
 * date and time; search by name, a period (presets or a custom range), pages; "Reproduzir",
 * "Ver o perfil" and, for supervisors and admins, "Baixar".
 */
export function RecordingsPage({ source, title, subtitle, profileLink }: Props = {}) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const canDownload = roleAtLeast(me.role, 'supervisor');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [preset, setPreset] = useState<PeriodPreset>('last30');
  const [custom, setCustom] = useState({ from: '', to: '' });
  const [page, setPage] = useState(1);
  const [playing, setPlaying] = useState<RecordingListItem | null>(null);
  const range = useMemo(() => periodRange(preset, custom), [preset, custom]);
  const filters = { q, from: range.from, to: range.to, page, ...(source ? { source } : {}) };
  const profileOf: RecordingProfileLink =
    profileLink ??
    ((r) =>
      r.personId || r.attendanceId
        ? {
            // The caller's page when the call found their person (PER-04), else the call's attendance.
            to: r.personId ? `/persons/${r.personId}` : `/attendances/history/${r.attendanceId}`,
            label: t('voice.recordings.profile'),
            labelOf: t('voice.recordings.profileOf', { name: callerOf(r) }),
          }
        : null);
  const list = useQuery({
    queryKey: voiceKeys.recordings(filters),
    queryFn: ({ signal }) => fetchRecordings(filters, signal),
    placeholderData: keepPreviousData,
  });
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;
  const filter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };

  const columns: Column<RecordingListItem>[] = [
    {
      key: 'caller',
      header: t('voice.recordings.caller'),
      cell: (r) => (
        <Text size="sm" fw={600}>
          {callerOf(r)}
        </Text>
      ),
    },
    {
      key: 'duration',
      header: t('voice.recordings.duration'),
      width: 110,
      cell: (r) => (
        <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {formatClock(r.durationSeconds)}
        </Text>
      ),
    },
    { key: 'when', header: t('voice.recordings.when'), width: 170, cell: (r) => <Text size="sm">{formatDateTime(r.startedAt, i18n.language)}</Text> },
    {
      key: 'protocol',
      header: t('voice.recordings.protocol'),
      cell: (r) => (
        <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {r.protocol ?? '—'}
        </Text>
      ),
    },
    {
      key: 'actions',
      header: t('voice.recordings.actions'),
      align: 'right',
      cell: (r) => {
        const profile = profileOf(r);
        return (
          <Group gap={4} justify="flex-end" wrap="nowrap">
            <Button
              size="xs"
              variant="light"
              color="teal"
              leftSection={<IconPlayerPlay size={14} />}
              onClick={() => setPlaying(r)}
              aria-label={t('voice.recordings.playOf', { name: callerOf(r) })}
            >
              {t('voice.recordings.play')}
            </Button>
            {profile && (
              <Tooltip label={profile.label} withArrow>
                <ActionIcon component={Link} to={profile.to} variant="subtle" color="gray" aria-label={profile.labelOf}>
                  <IconUser size={16} />
                </ActionIcon>
              </Tooltip>
            )}
            {canDownload && (
              <Tooltip label={t('voice.recordings.download')} withArrow>
                <ActionIcon
                  component="a"
                  href={recordingAudioUrl(r.id, true)}
                  download
                  variant="subtle"
                  color="gray"
                  aria-label={t('voice.recordings.downloadOf', { name: callerOf(r) })}
                >
                  <IconDownload size={16} />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        );
      },
    },
  ];

  return (
    <>
      <PageHeader title={title ?? t('voice.recordings.title')} subtitle={subtitle ?? t('voice.recordings.subtitle')} />
      <Group gap="sm" align="flex-end" mb="md" wrap="wrap">
        <TextInput
          label={t('voice.recordings.search')}
          placeholder={t('voice.recordings.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          type="search"
          w={260}
        />
        <Select
          label={t('voice.recordings.period')}
          data={periodPresets.map((p) => ({ value: p, label: t(`voice.recordings.presets.${p}`) }))}
          value={preset}
          onChange={(v) => v && filter(setPreset)(v as PeriodPreset)}
          allowDeselect={false}
          w={190}
        />
        {preset === 'custom' && (
          <>
            <DateField
              label={t('voice.recordings.from')}
              value={custom.from}
              onChange={(from) => filter(setCustom)({ ...custom, from })}
              clearable
              w={160}
            />
            <DateField label={t('voice.recordings.to')} value={custom.to} onChange={(to) => filter(setCustom)({ ...custom, to })} clearable w={160} />
          </>
        )}
      </Group>
      <ErrorAlert error={list.error} />
      <DataTable
        columns={columns}
        rows={list.data?.items}
        rowKey={(r) => r.id}
        empty={t('voice.recordings.empty')}
        caption={title ?? t('voice.recordings.title')}
      />
      {list.data && list.data.total > 0 && (
        <Group justify="space-between" mt="md">
          <Text size="sm" c="dimmed">
            {t('voice.recordings.total', { count: list.data.total })}
          </Text>
          {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} aria-label={t('voice.recordings.pagination')} />}
        </Group>
      )}
      {playing && (
        <AppModal opened onClose={() => setPlaying(null)} title={t('voice.player.title', { name: callerOf(playing) })}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {formatDateTime(playing.startedAt, i18n.language)}
              {playing.protocol ? ` · ${t('attendances.header.protocol', { protocol: playing.protocol })}` : ''}
            </Text>
            <RecordingPlayer src={recordingAudioUrl(playing.id)} durationHint={playing.durationSeconds} autoPlay />
            {canDownload && (
              <Anchor href={recordingAudioUrl(playing.id, true)} download size="sm">
                {t('voice.recordings.download')}
              </Anchor>
            )}
          </Stack>
        </AppModal>
      )}
    </>
  );
}
