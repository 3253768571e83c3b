import type { AgentPresence } from '@atende/shared';
import { Box, Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { stateColors } from './PresenceTimer';

type Counts = { online: number; paused: number; offline: number };

/** An agent counts as paused only when every target they are logged into is paused. */
export function countAgents(agents: AgentPresence[]): Counts {
  const counts: Counts = { online: 0, paused: 0, offline: 0 };
  for (const a of agents) {
    const logged = [...a.voice.targets, ...a.chat.targets].filter((x) => x.state !== 'offline');
    if (!logged.length) counts.offline++;
    else if (logged.every((x) => x.state === 'paused')) counts.paused++;
    else counts.online++;
  }
  return counts;
}

export function AgentsSummary({ agents }: { agents: AgentPresence[] }) {
  const { t } = useTranslation();
  const counts = countAgents(agents);
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md" maw={720}>
      {(['online', 'paused', 'offline'] as const).map((state) => (
        <Paper key={state} withBorder radius="lg" px="md" py="sm">
          <Group gap={8} wrap="nowrap">
            <Box w={10} h={10} bg={`${stateColors[state]}.6`} style={{ borderRadius: 99 }} aria-hidden />
            <Text size="sm" c="dimmed">
              {t(`agents.summary.${state}`)}
            </Text>
          </Group>
          <Text fz={26} fw={700} lh={1.3}>
            {counts[state]}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
