import { Box, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { BrandMark } from '../../../ui/BrandMark';

/** A centred card for the pages outside the console (password reset). */
export function PublicCard({ title, subtitle, children }: { title: string; subtitle?: string; children: ReactNode }) {
  return (
    <Box mih="100dvh" bg="gray.0" py={{ base: 'md', sm: 48 }} px="md">
      <Stack maw={440} mx="auto" gap="lg">
        <BrandMark />
        <Paper component="main" withBorder shadow="sm" radius="lg" p={{ base: 'lg', sm: 32 }}>
          <Stack gap="md">
            <Title order={1} fz={22}>
              {title}
            </Title>
            {subtitle && (
              <Text size="sm" c="dimmed">
                {subtitle}
              </Text>
            )}
            {children}
          </Stack>
        </Paper>
      </Stack>
    </Box>
  );
}
