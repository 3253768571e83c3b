import type { PresenceTargetView } from '@atende/shared';
import { Box, Group, Stack, Switch, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePresenceAction } from '../hooks/use-my-presence';
import { PresenceTimer } from './PresenceTimer';

type Props = {
  target: PresenceTargetView;
  leading: ReactNode;
  /** A second line under the name (the chat channel's queue). */
  detail?: string;
  /** Actions beside the switch (pause or resume one chat channel). */
  actions?: ReactNode;
  /** Content under the row (the pause reason choice). */
  children?: ReactNode;
};

/** One queue or channel: its switch logs the agent in or out; under it, the live timer (WS-07). */
export function TargetRow({ target, leading, detail, actions, children }: Props) {
  const action = usePresenceAction();
  const logged = target.state !== 'offline';
  const toggle = () => action.mutate({ type: logged ? 'logout' : 'login', kind: target.kind, targetId: target.id });
  return (
    <Box role="group" aria-label={target.name} px="sm" py={10}>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          {leading}
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text size="sm" fw={600} truncate>
              {target.name}
            </Text>
            {detail && (
              <Text size="xs" c="dimmed" truncate>
                {detail}
              </Text>
            )}
            <PresenceTimer target={target} />
          </Stack>
        </Group>
        <Group gap="xs" wrap="nowrap">
          {actions}
          <Switch
            aria-label={target.name}
            checked={logged}
            onChange={toggle}
            disabled={action.isPending}
            color={target.state === 'paused' ? 'orange' : 'teal'}
            size="md"
          />
        </Group>
      </Group>
      {children}
    </Box>
  );
}
