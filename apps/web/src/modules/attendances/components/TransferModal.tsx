import type { AttendanceSummary, CallView, TransferCallBody } from '@atende/shared';
import { Button, Group, SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../ui/AppModal';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useQueues } from '../../admin/hooks/use-queues';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { useDirectory } from '../../dialer/hooks/use-directory';
import { useCallCommand } from '../../voice/hooks/use-calls';
import { useTransfer } from '../hooks/use-attendances';

type Target = 'agent' | 'queue';
type Props = {
  attendance: AttendanceSummary;
  /** A live call to move instead (VOX-02): the PBX or the built-in voice transfers it, the attendance follows. */
  call?: CallView | null;
  onClose: () => void;
  onDone: () => void;
};

/** SPEC ATT-06: to another agent (who gets it at once) or back to a queue, with a comment for the history. */
export function TransferModal({ attendance, call = null, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const targetLabel = useId();
  const [target, setTarget] = useState<Target>('agent');
  const [userId, setUserId] = useState<string | null>(null);
  const [queueId, setQueueId] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const staff = useDirectory('', true);
  const queues = useQueues();
  const attendanceTransfer = useTransfer(attendance.id);
  const callCommand = useCallCommand(call);
  const transfer = call ? callCommand : attendanceTransfer;
  const voice = attendance.channelType === 'voice';
  const queueOptions = (queues.data ?? []).filter((q) => q.active && (q.kind === 'voice') === voice).map((q) => ({ value: q.id, label: q.name }));
  const agentOptions = (staff.data ?? []).filter((u) => u.id !== me.id).map((u) => ({ value: u.id, label: u.name }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = target === 'agent' ? userId : queueId;
    setMissing(!chosen);
    if (!chosen) return;
    if (call) {
      const body: TransferCallBody = target === 'agent' ? { toUserId: chosen } : { toQueueId: chosen };
      callCommand.mutate({ type: 'transfer', body }, { onSuccess: onDone });
      return;
    }
    const input = target === 'agent' ? { toUserId: chosen, comment: comment.trim() } : { toQueueId: chosen, comment: comment.trim() };
    attendanceTransfer.mutate(input, { onSuccess: onDone });
  };

  return (
    <AppModal opened onClose={onClose} title={t('attendances.transfer.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Stack gap={4}>
            <Text size="sm" fw={500} id={targetLabel}>
              {t('attendances.transfer.to')}
            </Text>
            <SegmentedControl
              aria-labelledby={targetLabel}
              value={target}
              onChange={(v) => setTarget(v as Target)}
              data={[
                { value: 'agent', label: t('attendances.transfer.agent') },
                { value: 'queue', label: t('attendances.transfer.queue') },
              ]}
            />
          </Stack>
          {target === 'agent' ? (
            <Select
              label={t('attendances.transfer.agent')}
              placeholder={t('attendances.transfer.agentPlaceholder')}
              data={agentOptions}
              value={userId}
              onChange={setUserId}
              searchable
              nothingFoundMessage={t('dialer.noContacts')}
              error={missing ? t('attendances.transfer.pickTarget') : undefined}
            />
          ) : (
            <Select
              label={t('attendances.transfer.queue')}
              placeholder={t('attendances.transfer.queuePlaceholder')}
              data={queueOptions}
              value={queueId}
              onChange={setQueueId}
              error={missing ? t('attendances.transfer.pickTarget') : undefined}
            />
          )}
          {!call && (
            <Textarea
              label={t('attendances.transfer.comment')}
              description={t('attendances.transfer.commentHint')}
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
              autosize
              minRows={3}
              maxLength={1000}
            />
          )}
          <ErrorAlert error={transfer.error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={transfer.isPending}>
              {t('attendances.transfer.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
