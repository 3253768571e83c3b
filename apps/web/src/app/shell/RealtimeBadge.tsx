import { Badge, Tooltip } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { realtimeStatus, subscribeRealtimeStatus, type RealtimeStatus } from '../socket';

export function useRealtimeStatus(): RealtimeStatus {
  return useSyncExternalStore(subscribeRealtimeStatus, realtimeStatus);
}

/** Shown only while the live connection is down: channel states may be stale until it returns. */
export function RealtimeBadge({ status }: { status: RealtimeStatus }) {
  const { t } = useTranslation();
  if (status !== 'disconnected') return null;
  return (
    <Tooltip label={t('shell.realtimeDownHint')} withArrow multiline w={240}>
      <Badge color="orange" variant="light" leftSection={<IconPlugConnectedX size={12} />} role="status">
        {t('shell.realtimeDown')}
      </Badge>
    </Tooltip>
  );
}
