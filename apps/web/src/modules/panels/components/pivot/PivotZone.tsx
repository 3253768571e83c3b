import { useDroppable } from '@dnd-kit/core';
import { Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { PivotArea } from './pivot-config';

/** "Linhas", "Colunas" or "Valores": where chips are dropped (SPEC PAN-09). */
export function PivotZone({ area, label, empty, children }: { area: PivotArea; label: string; empty: string; children: ReactNode[] }) {
  const { setNodeRef, isOver } = useDroppable({ id: area });
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      p="sm"
      radius="md"
      mih={96}
      role="group"
      aria-label={label}
      bg={isOver ? 'blue.0' : undefined}
      style={{ borderStyle: 'dashed', borderColor: isOver ? 'var(--mantine-color-blue-5)' : undefined }}
    >
      <Text size="sm" fw={600} mb={6}>
        {label}
      </Text>
      <Stack gap={4}>
        {children.length ? (
          children
        ) : (
          <Text size="xs" c="dimmed">
            {empty}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
