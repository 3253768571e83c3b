import type { PresenceSnapshot } from '@atende/shared';
import { Badge, Box, Button, Group, Popover, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { stateColors } from './PresenceTimer';

type PresenceGroup = PresenceSnapshot['voice'];

type Props = { label: string; icon: ReactNode; group: PresenceGroup; children: ReactNode };

/** The group's overall state: "Pausado" only when every logged target is paused (SPEC WS-03). */
export function groupState(group: PresenceGroup): 'offline' | 'online' | 'paused' {
  if (!group.online || group.logged === 0) return 'offline';
  return group.paused ? 'paused' : 'online';
}

/** SPEC WS-03: a top-bar button showing Offline / Online logged/total / Pausado, opening its list. */
export function ChannelButton({ label, icon, group, children }: Props) {
  const { t } = useTranslation();
  const state = groupState(group);
  const color = stateColors[state];
  return (
    <Popover position="bottom" width={380} shadow="lg" radius="md" withArrow trapFocus returnFocus>
      <Popover.Target>
        <Button
          aria-label={label}
          variant="light"
          color={color}
          radius="xl"
          size="sm"
          leftSection={icon}
          rightSection={
            state !== 'offline' && (
              <Badge size="sm" variant="filled" color={color} radius="sm" aria-hidden>
                {group.logged}/{group.total}
              </Badge>
            )
          }
          styles={{ root: { paddingInline: 12 } }}
        >
          <Group gap={6} wrap="nowrap">
            <Box w={8} h={8} bg={`${color}.6`} style={{ borderRadius: 99 }} aria-hidden />
            <span>{t(`presence.state.${state}`)}</span>
          </Group>
        </Button>
      </Popover.Target>
      <Popover.Dropdown p={0}>
        <Group justify="space-between" px="sm" py={10} bg="gray.0" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
          <Text size="sm" fw={700}>
            {label}
          </Text>
          <Text size="xs" c="dimmed">
            {t('presence.loggedCount', { logged: group.logged, total: group.total })}
          </Text>
        </Group>
        {children}
      </Popover.Dropdown>
    </Popover>
  );
}
