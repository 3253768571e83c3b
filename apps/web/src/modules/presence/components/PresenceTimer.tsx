import type { PresenceTargetView } from '@atende/shared';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { elapsedSince, formatDuration } from '../../../app/server-clock';
import { useNow } from '../../../ui/use-now';

export const stateColors = { offline: 'gray', online: 'teal', paused: 'orange' } as const;

type Props = { target: Pick<PresenceTargetView, 'state' | 'since' | 'reasonName'>; size?: 'xs' | 'sm' };

/** SPEC WS-07: "Online há 00:03:12" / "Pausado (Almoço) há 00:01:05", counting on the server's clock. */
export function PresenceTimer({ target, size = 'xs' }: Props) {
  const { t } = useTranslation();
  const now = useNow();
  if (target.state === 'offline' || !target.since) {
    return (
      <Text size={size} c="dimmed">
        {t('presence.state.offline')}
      </Text>
    );
  }
  const time = formatDuration(elapsedSince(target.since, now));
  const text =
    target.state === 'online'
      ? t('presence.timer.online', { time })
      : target.reasonName
        ? t('presence.timer.pausedReason', { reason: target.reasonName, time })
        : t('presence.timer.paused', { time });
  return (
    <Text size={size} c={`${stateColors[target.state]}.8`} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {text}
    </Text>
  );
}
