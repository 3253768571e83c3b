import type { AttendanceSummary } from '@atende/shared';
import { Badge, Box, Group, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { displayName } from '../display-name';
import { ChannelIcon } from './ChannelIcon';
import { WaitingTime } from './WaitingTime';

/** One row of "Atendimento": channel icon, contact, protocol or state, live waiting time, unread. */
export function AttendanceListItem({ attendance: a, active }: { attendance: AttendanceSummary; active: boolean }) {
  const { t } = useTranslation();
  const fresh = a.status === 'assigned';
  return (
    <UnstyledButton
      component={Link}
      to={`/attendances/${a.id}`}
      aria-current={active ? 'page' : undefined}
      px="sm"
      py={10}
      style={{
        display: 'block',
        borderRadius: 10,
        background: active ? 'var(--mantine-color-indigo-0)' : undefined,
        boxShadow: active ? 'inset 3px 0 0 var(--mantine-color-indigo-6)' : undefined,
      }}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ChannelIcon type={a.channelType} size={34} />
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Group gap={6} justify="space-between" wrap="nowrap">
            <Text size="sm" fw={a.unread > 0 || fresh ? 700 : 600} truncate>
              {displayName(a, t('attendances.anonymous'))}
            </Text>
            {a.unread > 0 && (
              <>
                <Badge size="sm" circle={a.unread < 10} color="red" variant="filled" aria-hidden data-testid="unread">
                  {a.unread}
                </Badge>
                <VisuallyHidden>{t('attendances.list.unread', { count: a.unread })}</VisuallyHidden>
              </>
            )}
          </Group>
          <Group gap={6} justify="space-between" wrap="nowrap">
            <Box style={{ minWidth: 0 }}>
              {fresh ? (
                <Badge size="xs" variant="light" color="orange">
                  {t('attendances.status.assigned')}
                </Badge>
              ) : (
                <Text size="xs" c="dimmed" truncate style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {a.protocol ?? t(`attendances.status.${a.status}`)}
                </Text>
              )}
            </Box>
            <WaitingTime since={a.enqueuedAt} />
          </Group>
        </Stack>
      </Group>
    </UnstyledButton>
  );
}
