import { Group, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { elapsedSince, formatDuration } from '../../../app/server-clock';
import { useNow } from '../../../ui/use-now';

/** SPEC ATT-02, ATT-03: how long the contact has been waiting, counting live on the server's clock. */
export function WaitingTime({ since }: { since: string }) {
  const { t } = useTranslation();
  const now = useNow();
  const time = formatDuration(elapsedSince(since, now));
  return (
    <Tooltip label={t('attendances.list.waiting')} withArrow openDelay={300}>
      <Group gap={4} wrap="nowrap" c="dimmed">
        <IconClock size={13} aria-hidden />
        <VisuallyHidden>{t('attendances.list.waiting')}</VisuallyHidden>
        <Text size="xs" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {time}
        </Text>
      </Group>
    </Tooltip>
  );
}
