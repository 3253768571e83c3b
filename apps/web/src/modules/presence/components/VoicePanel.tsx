import type { PresenceSnapshot } from '@atende/shared';
import { Box, Button, Divider, Stack } from '@mantine/core';
import { IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePresenceAction } from '../hooks/use-my-presence';
import { useActivePauseReasons } from '../hooks/use-pause-reasons';
import { DirectionIcon } from './DirectionIcon';
import { PauseReasonChooser } from './PauseReasonChooser';
import { TargetRow } from './TargetRow';

/** SPEC WS-04, WS-05: the agent's voice queues; one pause for all of them. */
export function VoicePanel({ group }: { group: PresenceSnapshot['voice'] }) {
  const { t } = useTranslation();
  const reasons = useActivePauseReasons();
  const action = usePresenceAction();
  const [choosing, setChoosing] = useState(false);
  const paused = group.targets.some((target) => target.state === 'paused');
  const online = group.targets.some((target) => target.state === 'online');
  const canPause = (reasons.data?.length ?? 0) > 0;

  return (
    <Stack gap={0}>
      {group.targets.map((target) => (
        <TargetRow key={target.id} target={target} leading={<DirectionIcon direction={target.direction} />} />
      ))}
      {(paused || canPause) && <Divider />}
      <Box p="sm">
        {paused ? (
          <Button
            fullWidth
            color="teal"
            leftSection={<IconPlayerPlay size={16} />}
            loading={action.isPending}
            onClick={() => action.mutate({ type: 'resumeVoice' })}
          >
            {t('presence.pause.resume')}
          </Button>
        ) : (
          canPause &&
          !choosing && (
            <Button fullWidth color="orange" leftSection={<IconPlayerPause size={16} />} disabled={!online} onClick={() => setChoosing(true)}>
              {t('presence.pause.pause')}
            </Button>
          )
        )}
        {choosing && !paused && (
          <PauseReasonChooser
            loading={action.isPending}
            onCancel={() => setChoosing(false)}
            onConfirm={(reasonId) => action.mutate({ type: 'pauseVoice', reasonId }, { onSuccess: () => setChoosing(false) })}
          />
        )}
      </Box>
    </Stack>
  );
}
