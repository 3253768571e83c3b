import type { AgentPresence } from '@atende/shared';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../ui/AppModal';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useNotify } from '../../../ui/use-notify';
import type { ForceLogout } from '../api';
import { useForcePresence } from '../hooks/use-agents';

const ALL = 'all';

/** SPEC WS-02: a supervisor logs an agent out of every channel, or of one. */
export function ForceLogoutModal({ agent, onClose }: { agent: AgentPresence; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const force = useForcePresence(agent.userId);
  const logged = [...agent.voice.targets, ...agent.chat.targets].filter((x) => x.state !== 'offline');
  const [target, setTarget] = useState<string>(ALL);

  const confirm = () => {
    const chosen = logged.find((x) => `${x.kind}:${x.id}` === target);
    const body: ForceLogout = chosen ? { kind: chosen.kind, targetId: chosen.id } : {};
    force.mutate(
      { type: 'logout', body },
      {
        onSuccess: () => {
          notify.success(t('agents.force.loggedOut', { name: agent.name }));
          onClose();
        },
      },
    );
  };

  return (
    <AppModal opened onClose={onClose} title={t('agents.actions.forceLogout')}>
      <Stack gap="md">
        <Text size="sm">{t('agents.force.logoutText', { name: agent.name })}</Text>
        <Select
          label={t('agents.force.channel')}
          data={[{ value: ALL, label: t('agents.force.allChannels') }, ...logged.map((x) => ({ value: `${x.kind}:${x.id}`, label: x.name }))]}
          value={target}
          onChange={(v) => v && setTarget(v)}
          allowDeselect={false}
          data-autofocus
        />
        <ErrorAlert error={force.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={force.isPending} onClick={confirm}>
            {t('agents.actions.forceLogout')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
