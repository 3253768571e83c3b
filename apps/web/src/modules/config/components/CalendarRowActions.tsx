import { Group } from '@mantine/core';
import { IconCalendarEvent, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RowAction } from '../../../ui/RowAction';
import type { Calendar } from '../api';

type Props = { calendar: Calendar; onHolidays: () => void; onEdit: () => void; onDelete: () => void };

/** Holidays, edit and delete; the default calendar (no company) cannot be deleted. */
export function CalendarRowActions({ calendar, onHolidays, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap" role="group" aria-label={t('config.rowActions', { name: calendar.name })}>
      <RowAction label={t('config.calendars.holidays')} icon={<IconCalendarEvent size={18} />} onClick={onHolidays} />
      <RowAction label={t('config.actions.edit')} icon={<IconPencil size={18} />} onClick={onEdit} />
      {calendar.companyId !== null && (
        <RowAction label={t('config.calendars.delete')} icon={<IconTrash size={18} />} color="red" onClick={onDelete} />
      )}
    </Group>
  );
}
