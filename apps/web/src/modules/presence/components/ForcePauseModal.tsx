import type { AgentPresence } from '@atende/shared';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../ui/AppModal';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useNotify } from '../../../ui/use-notify';
import type { ForcePause } from '../api';
import { useForcePresence } from '../hooks/use-agents';
import { useActivePauseReasons } from '../hooks/use-pause-reasons';

const VOICE = 'voice';

/** SPEC WS-05, WS-06: a supervisor pauses an agent's voice queues, or one chat channel (and its queue). */
export function ForcePauseModal({ agent, onClose }: { agent: AgentPresence; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const reasons = useActivePauseReasons();
  const force = useForcePresence(agent.userId);
  const voiceOnline = agent.voice.targets.some((x) => x.state === 'online');
  const chats = agent.chat.targets.filter((x) => x.state === 'online');
  const options = [
    ...(voiceOnline ? [{ value: VOICE, label: t('agents.force.allVoice') }] : []),
    ...chats.map((c) => ({ value: c.id, label: t('agents.force.chatOption', { name: c.name, queue: c.queueName }) })),
  ];
  const [target, setTarget] = useState<string | null>(options[0]?.value ?? null);
  const [reasonId, setReasonId] = useState<string | null>(null);

  const confirm = () => {
    if (!target || !reasonId) return;
    const body: ForcePause = target === VOICE ? { kind: 'voice', reasonId } : { kind: 'chat', channelId: target, reasonId };
    force.mutate(
      { type: 'pause', body },
      {
        onSuccess: () => {
          notify.success(t('agents.force.paused', { name: agent.name }));
          onClose();
        },
      },
    );
  };

  return (
    <AppModal opened onClose={onClose} title={t('agents.actions.forcePause')}>
      <Stack gap="md">
        <Text size="sm">{t('agents.force.pauseText', { name: agent.name })}</Text>
        <Select label={t('agents.force.channel')} data={options} value={target} onChange={setTarget} allowDeselect={false} required data-autofocus />
        <Select
          label={t('presence.pause.reason')}
          placeholder={t('agents.force.reasonPlaceholder')}
          data={(reasons.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
          value={reasonId}
          onChange={setReasonId}
          allowDeselect={false}
          required
        />
        <ErrorAlert error={force.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="orange" disabled={!target || !reasonId} loading={force.isPending} onClick={confirm}>
            {t('agents.actions.forcePause')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
