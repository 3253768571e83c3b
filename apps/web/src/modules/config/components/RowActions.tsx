import { Group } from '@mantine/core';
import { IconCircleCheck, IconCircleOff, IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RowAction } from '../../../ui/RowAction';

type Props = {
  name: string;
  active: boolean;
  onEdit: () => void;
  onToggle: () => void;
  pending?: boolean;
  children?: ReactNode;
};

/** The row buttons every configuration table has: edit, activate/deactivate, and any extra ones. */
export function RowActions({ name, active, onEdit, onToggle, pending, children }: Props) {
  const { t } = useTranslation();
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap" role="group" aria-label={t('config.rowActions', { name })}>
      {children}
      <RowAction label={t('config.actions.edit')} icon={<IconPencil size={18} />} onClick={onEdit} />
      <RowAction
        label={t(active ? 'config.actions.deactivate' : 'config.actions.activate')}
        icon={active ? <IconCircleOff size={18} /> : <IconCircleCheck size={18} />}
        color={active ? 'gray' : 'teal'}
        disabled={pending}
        onClick={onToggle}
      />
    </Group>
  );
}
