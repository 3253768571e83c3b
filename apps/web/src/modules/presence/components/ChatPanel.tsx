import type { PresenceSnapshot, PresenceTargetView } from '@atende/shared';
import { Button, Divider, Stack, ThemeIcon } from '@mantine/core';
import { IconBrandWhatsapp, IconMail, IconMessageCircle, IconSend } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePresenceAction } from '../hooks/use-my-presence';
import { useActivePauseReasons } from '../hooks/use-pause-reasons';
import { PauseReasonChooser } from './PauseReasonChooser';
import { TargetRow } from './TargetRow';

function ChannelIcon({ type }: { type: string | null }) {
  const Icon = type === 'whatsapp' ? IconBrandWhatsapp : type === 'email' ? IconMail : type === 'telegram' ? IconSend : IconMessageCircle;
  return (
    <ThemeIcon variant="light" color={type === 'whatsapp' ? 'green' : 'indigo'} radius="xl" size={28} aria-hidden>
      <Icon size={16} />
    </ThemeIcon>
  );
}

/** SPEC WS-06: chat channels pause one by one; channels sharing a queue pause together (the server decides). */
export function ChatPanel({ group }: { group: PresenceSnapshot['chat'] }) {
  const { t } = useTranslation();
  const reasons = useActivePauseReasons();
  const action = usePresenceAction();
  const [choosingFor, setChoosingFor] = useState<string | null>(null);
  const canPause = (reasons.data?.length ?? 0) > 0;

  const rowAction = (target: PresenceTargetView) => {
    if (target.state === 'paused') {
      return (
        <Button
          size="compact-xs"
          variant="light"
          color="teal"
          aria-label={t('presence.pause.resumeTarget', { name: target.name })}
          loading={action.isPending && action.variables?.type === 'resumeChat' && action.variables.channelId === target.id}
          onClick={() => action.mutate({ type: 'resumeChat', channelId: target.id })}
        >
          {t('presence.pause.resume')}
        </Button>
      );
    }
    if (target.state === 'online' && canPause && choosingFor !== target.id) {
      return (
        <Button
          size="compact-xs"
          variant="light"
          color="orange"
          aria-label={t('presence.pause.pauseTarget', { name: target.name })}
          onClick={() => setChoosingFor(target.id)}
        >
          {t('presence.pause.pause')}
        </Button>
      );
    }
    return null;
  };

  return (
    <Stack gap={0}>
      {group.targets.map((target, i) => (
        <Fragment key={target.id}>
          {i > 0 && <Divider variant="dashed" />}
          <TargetRow
            target={target}
            leading={<ChannelIcon type={target.channelType} />}
            detail={t('presence.queue', { name: target.queueName })}
            actions={rowAction(target)}
          >
            {choosingFor === target.id && target.state === 'online' && (
              <PauseReasonChooser
                loading={action.isPending}
                onCancel={() => setChoosingFor(null)}
                onConfirm={(reasonId) =>
                  action.mutate({ type: 'pauseChat', channelId: target.id, reasonId }, { onSuccess: () => setChoosingFor(null) })
                }
              />
            )}
          </TargetRow>
        </Fragment>
      ))}
    </Stack>
  );
}
