import { ActionIcon, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = { label: string; icon: ReactNode; onClick: () => void; color?: string };

/** An icon button in a table row; its label is both the tooltip and the accessible name. */
export function RowAction({ label, icon, onClick, color = 'gray' }: Props) {
  return (
    <Tooltip label={label} withArrow openDelay={300}>
      <ActionIcon variant="subtle" color={color} aria-label={label} onClick={onClick}>
        {icon}
      </ActionIcon>
    </Tooltip>
  );
}
