import { Button, Divider, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { elapsedSince } from '../../../app/server-clock';
import { AppModal } from '../../../ui/AppModal';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import type { AttendanceDetail } from '../api';
import { formatSpan } from '../duration';
import { useClassifications } from '../../config/hooks/use-classifications';
import { RegisteredList } from '../../knowledge/components/RegisteredList';
import { useFinalize } from '../hooks/use-attendances';
import { useChannelName } from './ChannelIcon';

// Used until the organization configures its own closing classifications (PAN-01).
const BUILT_IN = ['clarified', 'registered', 'solved', 'noAnswer'] as const;
const OTHER = 'other';

type Props = { detail: AttendanceDetail; personName: string; onClose: () => void; onDone: () => void };

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums', wordBreak: 'break-word' }}>
        {value}
      </Text>
    </Stack>
  );
}

/**
 * SPEC ATT-07, seed 002 §1.10: the summary of what was registered, a closing classification and
 * comment; "Finalizar" sends the customer the protocol and the survey link.
 */
export function FinalizeModal({ detail, personName, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const channelName = useChannelName();
  const finalize = useFinalize(detail.attendance.id);
  // PAN-01/ATT-07: the organization's active closing classifications ("Classificações", kind closing).
  const configured = (useClassifications('closing').data ?? []).filter((c) => c.active).map((c) => c.name);
  const [option, setOption] = useState<string | null>(null);
  const [other, setOther] = useState('');
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const a = detail.attendance;
  const notes = detail.messages.filter((m) => m.internal && m.authorKind === 'agent').length;
  const messages = detail.messages.filter((m) => m.authorKind !== 'system' && !m.internal).length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The chosen label is stored as the agent read it; "Outro" takes the agent's own words.
    const classification = option === OTHER ? other.trim() : (option ?? '');
    setMissing(!classification);
    if (!classification) return;
    finalize.mutate({ classification, comment: comment.trim() }, { onSuccess: onDone });
  };

  return (
    <AppModal opened onClose={onClose} title={t('attendances.finalize.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Paper withBorder radius="md" p="md" bg="gray.0" role="region" aria-label={t('attendances.finalize.summary')}>
            <Text size="sm" fw={700} mb="sm">
              {t('attendances.finalize.summary')}
            </Text>
            <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="md" verticalSpacing="sm">
              <Figure label={t('attendances.finalize.person')} value={personName} />
              <Figure label={t('attendances.finalize.protocol')} value={a.protocol ?? t('attendances.finalize.protocolOnFinish')} />
              <Figure label={t('attendances.fields.channel')} value={channelName(a.channelType)} />
              <Figure label={t('attendances.finalize.messages')} value={String(messages)} />
              <Figure label={t('attendances.finalize.notes')} value={String(notes)} />
              <Figure label={t('attendances.finalize.events')} value={String(detail.events.length)} />
              <Figure label={t('attendances.finalize.duration')} value={formatSpan(elapsedSince(a.enqueuedAt))} />
            </SimpleGrid>
            {/* ATT-07: the information given and the requests registered (KB-02, KB-03). */}
            <Divider my="sm" />
            <RegisteredList attendanceId={a.id} />
          </Paper>
          <Select
            label={t('attendances.finalize.classification')}
            placeholder={t('attendances.finalize.classificationPlaceholder')}
            data={[
              ...(configured.length ? configured : BUILT_IN.map((o) => t(`attendances.finalize.options.${o}`))).map((name) => ({
                value: name,
                label: name,
              })),
              { value: OTHER, label: t('attendances.finalize.options.other') },
            ]}
            value={option}
            onChange={setOption}
            error={missing && option !== OTHER ? t('attendances.finalize.required') : undefined}
            required
          />
          {option === OTHER && (
            <TextInput
              label={t('attendances.finalize.otherText')}
              value={other}
              onChange={(e) => setOther(e.currentTarget.value)}
              maxLength={120}
              error={missing ? t('attendances.finalize.required') : undefined}
              required
            />
          )}
          <Textarea
            label={t('attendances.finalize.comment')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={2000}
          />
          <Text size="xs" c="dimmed">
            {t('attendances.finalize.hint')}
          </Text>
          <ErrorAlert error={finalize.error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="teal" loading={finalize.isPending}>
              {t('attendances.finalize.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
