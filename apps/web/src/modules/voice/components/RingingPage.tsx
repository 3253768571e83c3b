import type { CallView } from '@atende/shared';
import { Badge, Button, Group, Paper, Skeleton, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconPhoneCall, IconPhoneIncoming } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { elapsedSince, formatDuration } from '../../../app/server-clock';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useNow } from '../../../ui/use-now';
import { useNotify } from '../../../ui/use-notify';
import { useAnswerCall, useRingingCalls } from '../hooks/use-calls';
import { NotificationPrompt } from './NotificationPrompt';

/** "Em espera" and the time the call has waited, counting up on the server's clock (VOX-01). */
function Waiting({ since }: { since: string }) {
  const { t } = useTranslation();
  const now = useNow();
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" c="orange.8" fw={600}>
        {t('voice.ringing.waiting')}
      </Text>
      <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="waiting-time">
        {formatDuration(elapsedSince(since, now))}
      </Text>
    </Group>
  );
}

function RingingRow({
  call,
  selected,
  answering,
  onSelect,
  onAnswer,
}: {
  call: CallView;
  selected: boolean;
  answering: boolean;
  onSelect: () => void;
  onAnswer: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="sm" role="listitem" aria-label={call.from} bg={selected ? 'teal.0' : undefined}>
      <Group justify="space-between" wrap="nowrap" gap="md">
        <UnstyledButton
          onClick={onSelect}
          style={{ flex: 1, minWidth: 0 }}
          aria-expanded={selected}
          aria-label={t('voice.ringing.select', { number: call.from })}
        >
          <Group justify="space-between" wrap="nowrap" gap="md">
            <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
              <IconPhoneIncoming size={20} color="var(--mantine-color-teal-7)" aria-hidden />
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {call.from}
                </Text>
                {(call.callerName && call.callerName !== call.from) || call.queueName ? (
                  <Text size="xs" c="dimmed" truncate>
                    {[call.callerName !== call.from ? call.callerName : null, call.queueName].filter(Boolean).join(' · ')}
                  </Text>
                ) : null}
              </Stack>
            </Group>
            <Waiting since={call.startedAt} />
          </Group>
        </UnstyledButton>
        {selected && (
          <Button color="teal" leftSection={<IconPhoneCall size={18} />} loading={answering} onClick={onAnswer} data-autofocus>
            {t('voice.ringing.answer')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}

/** SPEC VOX-01 "Tocando": the calls ringing at this agent; click one, then "Atender". */
export function RingingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const ringing = useRingingCalls();
  const answer = useAnswerCall();
  const [selected, setSelected] = useState<string | null>(null);
  const doAnswer = (call: CallView) =>
    answer.mutate(call, {
      // Seed 003: pressing "Atender" takes the agent to "Atendimento".
      onSuccess: (answered) => navigate(answered.attendanceId ? `/attendances/${answered.attendanceId}` : '/attendances'),
      onError: notify.error,
    });
  return (
    <>
      <PageHeader
        title={t('voice.ringing.title')}
        subtitle={t('voice.ringing.subtitle')}
        actions={
          ringing.data?.length ? (
            <Badge color="teal" size="lg" variant="light">
              {t('voice.ringing.count', { count: ringing.data.length })}
            </Badge>
          ) : null
        }
      />
      <NotificationPrompt />
      <ErrorAlert error={ringing.error} />
      <Stack gap="xs" role="list" aria-label={t('voice.ringing.title')}>
        {ringing.isPending && [0, 1].map((i) => <Skeleton key={i} h={56} radius="md" />)}
        {ringing.data?.length === 0 && (
          <Paper withBorder radius="md" p="xl">
            <Text c="dimmed" ta="center">
              {t('voice.ringing.empty')}
            </Text>
          </Paper>
        )}
        {ringing.data?.map((call) => (
          <RingingRow
            key={call.id}
            call={call}
            selected={selected === call.id}
            answering={answer.isPending && answer.variables?.id === call.id}
            onAnswer={() => doAnswer(call)}
            onSelect={() => setSelected((s) => (s === call.id ? null : call.id))}
          />
        ))}
      </Stack>
    </>
  );
}
