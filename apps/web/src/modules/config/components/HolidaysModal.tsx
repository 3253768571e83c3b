import { Alert, Badge, Select, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../ui/AppModal';
import { DataTable, type Column } from '../../../ui/DataTable';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { RowAction } from '../../../ui/RowAction';
import { useNotify } from '../../../ui/use-notify';
import type { Calendar, Holiday } from '../api';
import { useHolidays, useRemoveHoliday } from '../hooks/use-calendars';
import { HolidayAddForm } from './HolidayAddForm';

const thisYear = new Date().getFullYear();
const years = [thisYear - 1, thisYear, thisYear + 1, thisYear + 2, thisYear + 3];

/** `YYYY-MM-DD` as the user's locale writes a date (03/04/2026 in pt-BR); the date has no zone. */
function formatDate(date: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** SPEC PAN-04: a year's holidays of a calendar — the computed national ones and its own. */
export function HolidaysModal({ calendar, onClose }: { calendar: Calendar; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const [year, setYear] = useState(thisYear);
  const holidays = useHolidays(calendar.id, year);
  const remove = useRemoveHoliday(calendar.id);

  const columns: Column<Holiday>[] = [
    { key: 'date', header: t('config.holidays.columns.date'), width: 130, cell: (h) => formatDate(h.date, i18n.language) },
    { key: 'name', header: t('config.holidays.columns.name'), cell: (h) => <Text size="sm">{h.name}</Text> },
    {
      key: 'kind',
      header: t('config.holidays.columns.kind'),
      width: 120,
      cell: (h) => (
        <Badge variant="light" color={h.national ? 'indigo' : 'grape'}>
          {t(h.national ? 'config.holidays.national' : 'config.holidays.own')}
        </Badge>
      ),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      align: 'right',
      width: 80,
      cell: (h) =>
        h.id && !h.national ? (
          <RowAction
            label={t('config.holidays.remove', { name: h.name })}
            icon={<IconTrash size={18} />}
            color="red"
            disabled={remove.isPending}
            onClick={() =>
              remove.mutate(h.id!, {
                onSuccess: () => notify.success(t('config.holidays.removed')),
                onError: (err) => notify.error(err),
              })
            }
          />
        ) : null,
    },
  ];

  return (
    <AppModal opened onClose={onClose} title={t('config.holidays.title', { name: calendar.name })} size="xl">
      <Stack gap="md">
        <Select
          label={t('config.holidays.year')}
          data={years.map(String)}
          value={String(year)}
          onChange={(v) => v && setYear(Number(v))}
          allowDeselect={false}
          w={140}
        />
        <HolidayAddForm key={year} calendarId={calendar.id} year={year} />
        {!calendar.nationalHolidays && (
          <Alert color="gray" variant="light">
            {t('config.holidays.nationalOff')}
          </Alert>
        )}
        <ErrorAlert error={holidays.error} />
        <DataTable
          columns={columns}
          rows={holidays.isError ? [] : holidays.data}
          rowKey={(h) => `${h.date}-${h.id ?? 'national'}`}
          empty={t('config.holidays.empty')}
          caption={t('config.holidays.title', { name: calendar.name })}
        />
      </Stack>
    </AppModal>
  );
}
