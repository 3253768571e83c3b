import { Button, Checkbox, Popover, Stack, Text } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { columnTitle } from '../../labels';
import type { ColumnDef } from '../../panel-types';

type Props = { columns: ColumnDef[]; visible: string[]; onChange: (keys: string[]) => void };

/** "Colunas": which columns the grid shows, remembered per user and grid. */
export function ColumnChooser({ columns, visible, onChange }: Props) {
  const { t } = useTranslation();
  // The box shows the click at once, while the choice is saved; the saved choice (or another
  // tab's) replaces it when it arrives.
  const [shown, setShown] = useState(visible);
  const [from, setFrom] = useState(visible.join('\n'));
  if (from !== visible.join('\n')) {
    setFrom(visible.join('\n'));
    setShown(visible);
  }
  const toggle = (key: string, on: boolean) => {
    // Keep the grid's own column order; never hide the last column.
    const next = columns.map((c) => c.key).filter((k) => (k === key ? on : shown.includes(k)));
    if (!next.length) return;
    setShown(next);
    onChange(next);
  };
  return (
    <Popover position="bottom-end" shadow="md" withinPortal trapFocus>
      <Popover.Target>
        <Button size="xs" variant="default" leftSection={<IconColumns size={16} />}>
          {t('panels.grid.columns')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6} role="group" aria-label={t('panels.grid.columnsTitle')}>
          <Text size="sm" fw={600}>
            {t('panels.grid.columnsTitle')}
          </Text>
          {columns.map((c) => (
            <Checkbox
              key={c.key}
              size="xs"
              label={columnTitle(t, c)}
              checked={shown.includes(c.key)}
              onChange={(e) => toggle(c.key, e.currentTarget.checked)}
            />
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
