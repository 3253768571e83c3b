import { ActionIcon, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = { label: string; icon: ReactNode; onClick: () => void; color?: string; disabled?: boolean };

/** An icon button in a table row; its label is both the tooltip and the accessible name. */
export function RowAction({ label, icon, onClick, color = 'gray', disabled }: Props) {
  return (
    <Tooltip label={label} withArrow openDelay={300}>
      <ActionIcon
        variant="subtle"
        color={color}
        aria-label={label}
        // aria-disabled keeps the tooltip working, which a disabled button would not.
        aria-disabled={disabled || undefined}
        data-disabled={disabled || undefined}
        onClick={disabled ? undefined : onClick}
      >
        {icon}
      </ActionIcon>
    </Tooltip>
  );
}
