import { ThemeIcon, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** SPEC WS-04: inbound queues point down ("Canal de Voz Receptivo"), outbound up ("Canal de Voz Ativo"). */
export function DirectionIcon({ direction }: { direction: 'inbound' | 'outbound' | null }) {
  const { t } = useTranslation();
  if (!direction) return null;
  const label = t(direction === 'inbound' ? 'presence.direction.inbound' : 'presence.direction.outbound');
  const Icon = direction === 'inbound' ? IconArrowDown : IconArrowUp;
  return (
    <Tooltip label={label} withArrow position="left">
      <ThemeIcon role="img" aria-label={label} variant="light" color={direction === 'inbound' ? 'indigo' : 'grape'} radius="xl" size={28}>
        <Icon size={16} stroke={2.2} aria-hidden />
      </ThemeIcon>
    </Tooltip>
  );
}
