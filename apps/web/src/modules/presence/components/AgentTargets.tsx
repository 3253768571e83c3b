import type { PresenceSnapshot } from '@atende/shared';
import { Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PresenceTimer, stateColors } from './PresenceTimer';

/** One agent's voice or chat targets in the "Agentes" table: state, reason and time in state. */
export function AgentTargets({ group }: { group: PresenceSnapshot['voice'] }) {
  const { t } = useTranslation();
  if (!group.targets.length) {
    return (
      <Text size="sm" c="dimmed">
        {t('agents.noTargets')}
      </Text>
    );
  }
  return (
    <Stack gap={6}>
      {group.targets.map((target) => (
        <Group key={target.id} gap={8} wrap="nowrap" align="flex-start">
          <Box w={8} h={8} mt={6} bg={`${stateColors[target.state]}.6`} style={{ borderRadius: 99, flex: 'none' }} aria-hidden />
          <Stack gap={0}>
            <Text size="sm" fw={500} c={target.state === 'offline' ? 'dimmed' : undefined}>
              {target.name}
            </Text>
            <PresenceTimer target={target} />
          </Stack>
        </Group>
      ))}
    </Stack>
  );
}
