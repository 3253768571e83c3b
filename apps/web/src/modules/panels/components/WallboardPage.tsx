import { Badge, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconHeadset, IconMessages } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { elapsedSince, formatDuration } from '../../../app/server-clock';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useNow } from '../../../ui/use-now';
import { formatDateTime } from '../format';
import { useWallboard } from '../hooks/use-wallboard';
import type { WallboardQueue } from '../panel-types';

/** SPEC PAN-11: per queue — waiting, longest wait (ticking), agents online/paused/busy, service level, abandoned. */
export function WallboardPage() {
  const { t, i18n } = useTranslation();
  const board = useWallboard();
  return (
    <>
      <PageHeader
        title={t('panels.wallboard.title')}
        subtitle={t('panels.wallboard.subtitle')}
        actions={
          board.data && (
            <Text size="sm" c="dimmed">
              {t('panels.wallboard.updatedAt', { time: formatDateTime(board.data.at, i18n.language) })}
            </Text>
          )
        }
      />
      <ErrorAlert error={board.error} />
      {board.isLoading && <Skeleton h={160} radius="lg" />}
      {board.data?.queues.length === 0 && <Text c="dimmed">{t('panels.wallboard.empty')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {board.data?.queues.map((q) => (
          <QueueCard key={q.queueId} queue={q} at={board.data.at} />
        ))}
      </SimpleGrid>
    </>
  );
}

function QueueCard({ queue: q, at }: { queue: WallboardQueue; at: string }) {
  const { t, i18n } = useTranslation();
  const pct = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-label={q.queueName}>
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="lg">
          {q.queueName}
        </Title>
        <Badge variant="light" leftSection={q.kind === 'voice' ? <IconHeadset size={12} /> : <IconMessages size={12} />}>
          {t(`panels.wallboard.kind.${q.kind}`)}
        </Badge>
      </Group>
      <SimpleGrid cols={2} spacing="xs">
        <Metric label={t('panels.wallboard.waiting')} value={String(q.waiting)} strong={q.waiting > 0} />
        <Metric label={t('panels.wallboard.longestWait')} value={<LongestWait seconds={q.longestWaitSeconds} waiting={q.waiting} at={at} />} />
        <Metric label={t('panels.wallboard.online')} value={String(q.agentsOnline)} />
        <Metric label={t('panels.wallboard.paused')} value={String(q.agentsPaused)} />
        <Metric label={t('panels.wallboard.busy')} value={String(q.agentsBusy)} />
        <Metric label={t('panels.wallboard.serviceLevel')} value={q.serviceLevel === null ? '—' : pct.format(q.serviceLevel)} />
        <Metric label={t('panels.wallboard.answered')} value={String(q.answeredToday)} />
        <Metric label={t('panels.wallboard.abandoned')} value={String(q.abandonedToday)} />
      </SimpleGrid>
    </Paper>
  );
}

/** Counts on from the snapshot's time while someone is still waiting. */
function LongestWait({ seconds, waiting, at }: { seconds: number; waiting: number; at: string }) {
  useNow();
  if (!waiting) return <>{formatDuration(0)}</>;
  return <>{formatDuration(seconds * 1000 + elapsedSince(at))}</>;
}

function Metric({ label, value, strong }: { label: string; value: ReactNode; strong?: boolean }) {
  return (
    <Stack gap={0} role="group" aria-label={label}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz={22} fw={700} c={strong ? 'red.7' : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </Stack>
  );
}
