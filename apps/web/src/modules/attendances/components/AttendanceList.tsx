import { Badge, Box, Button, Group, Paper, ScrollArea, Skeleton, Stack, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconInbox, IconPlus } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { useMyPresence } from '../../presence/hooks/use-my-presence';
import { emptyListHint } from '../empty-list-hint';
import { useAttendanceList } from '../hooks/use-attendances';
import { AttendanceListItem } from './AttendanceListItem';
import { StartAttendanceModal } from './StartAttendanceModal';

const hintKeys = {
  offline: 'attendances.list.emptyHint',
  paused: 'attendances.list.emptyHintPaused',
  online: 'attendances.list.emptyHintOnline',
} as const;

/**
 * SPEC WS-09, ATT-03, ATT-04: the agent's active attendances, live, and "Iniciar atendimento" for
 * users with the permission (ORG-04; the API refuses the others with the same rule).
 */
export function AttendanceList({ openId }: { openId: string | null }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const presence = useMyPresence();
  const list = useAttendanceList('active');
  const [starting, start] = useDisclosure(false);
  const titleId = useId();
  return (
    <Paper withBorder radius="lg" style={{ display: 'flex', flexDirection: 'column', minHeight: 0, height: '100%', overflow: 'hidden' }}>
      <Stack gap="xs" p="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} size="sm" id={titleId}>
            {t('attendances.list.label')}
          </Text>
          {list.data && (
            <Badge variant="light" color="gray" aria-hidden>
              {list.data.length}
            </Badge>
          )}
        </Group>
        {me.canStartAttendance && (
          <Button leftSection={<IconPlus size={16} />} variant="light" fullWidth onClick={start.open}>
            {t('attendances.list.start')}
          </Button>
        )}
      </Stack>
      <ScrollArea style={{ flex: 1 }} type="auto">
        <Box p={6}>
          <ErrorAlert error={list.error} />
          {list.isPending && (
            <Stack gap="xs" p="xs">
              {[0, 1, 2].map((i) => (
                <Skeleton key={i} h={48} radius="md" />
              ))}
            </Stack>
          )}
          {list.data?.length === 0 && (
            <Stack align="center" gap={6} py="xl" px="md" ta="center">
              <ThemeIcon size={44} radius="xl" variant="light" color="gray" aria-hidden>
                <IconInbox size={24} />
              </ThemeIcon>
              <Text size="sm" fw={600}>
                {t('attendances.list.empty')}
              </Text>
              <Text size="xs" c="dimmed">
                {t(hintKeys[emptyListHint(presence.data?.chat)])}
              </Text>
            </Stack>
          )}
          <Stack gap={2} component="nav" aria-labelledby={titleId}>
            {list.data?.map((a) => (
              <AttendanceListItem key={a.id} attendance={a} active={a.id === openId} />
            ))}
          </Stack>
        </Box>
      </ScrollArea>
      {starting && me.canStartAttendance && <StartAttendanceModal onClose={start.close} />}
    </Paper>
  );
}
