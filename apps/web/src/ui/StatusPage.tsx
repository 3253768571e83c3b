import { Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = { icon: ReactNode; title: string; text: string; action?: ReactNode; color?: string };

/** A centred message for empty, forbidden, missing or failed pages. */
export function StatusPage({ icon, title, text, action, color = 'gray' }: Props) {
  return (
    <Stack align="center" gap="sm" py={80} ta="center">
      <ThemeIcon size={64} radius="xl" variant="light" color={color} aria-hidden>
        {icon}
      </ThemeIcon>
      <Title order={2}>{title}</Title>
      <Text c="dimmed" maw={420}>
        {text}
      </Text>
      {action}
    </Stack>
  );
}
