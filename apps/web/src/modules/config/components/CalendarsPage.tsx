import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconCalendarEvent, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { DataTable, type Column } from '../../../ui/DataTable';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useNotify } from '../../../ui/use-notify';
import type { Calendar } from '../api';
import { useCompanies } from '../../admin/hooks/use-queues';
import { useCalendars, useDeleteCalendar } from '../hooks/use-calendars';
import { workingDays } from '../working-hours';
import { CalendarFormModal } from './CalendarFormModal';
import { CalendarRowActions } from './CalendarRowActions';
import { HolidaysModal } from './HolidaysModal';

type Dialog = { kind: 'form'; calendar: Calendar | null; asDefault?: boolean } | { kind: 'holidays' | 'delete'; calendar: Calendar } | null;

/** SPEC PAN-04 "Calendários": the default calendar and one per company, with their holidays. */
export function CalendarsPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const calendars = useCalendars();
  const companies = useCompanies();
  const remove = useDeleteCalendar();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const hasDefault = calendars.data?.some((c) => c.companyId === null) ?? true;
  const used = new Set(calendars.data?.map((c) => c.companyId));
  const freeCompanies = (companies.data ?? []).filter((c) => !used.has(c.id));

  const columns: Column<Calendar>[] = [
    {
      key: 'name',
      header: t('config.columns.name'),
      cell: (c) => (
        <Text size="sm" fw={600}>
          {c.name}
        </Text>
      ),
    },
    { key: 'company', header: t('config.calendars.columns.company'), cell: (c) => c.companyName ?? t('config.calendars.defaultCompany') },
    { key: 'timeZone', header: t('config.calendars.columns.timeZone'), cell: (c) => c.timeZone },
    {
      key: 'hours',
      header: t('config.calendars.columns.hours'),
      cell: (c) => t('config.calendars.workingDays', { count: workingDays(c.hours) }),
    },
    {
      key: 'national',
      header: t('config.calendars.columns.national'),
      cell: (c) => t(c.nationalHolidays ? 'common.yes' : 'common.no'),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      align: 'right',
      width: 140,
      cell: (c) => (
        <CalendarRowActions
          calendar={c}
          onHolidays={() => setDialog({ kind: 'holidays', calendar: c })}
          onEdit={() => setDialog({ kind: 'form', calendar: c })}
          onDelete={() => setDialog({ kind: 'delete', calendar: c })}
        />
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('config.calendars.title')}
        subtitle={t('config.calendars.subtitle')}
        actions={
          <Button
            leftSection={<IconPlus size={18} />}
            disabled={freeCompanies.length === 0}
            onClick={() => setDialog({ kind: 'form', calendar: null })}
          >
            {t('config.calendars.new')}
          </Button>
        }
      />
      <Stack gap="md">
        <ErrorAlert error={calendars.error ?? companies.error} />
        {!hasDefault && (
          <Alert color="yellow" variant="light" icon={<IconCalendarEvent size={18} />}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('config.calendars.noDefault')}</Text>
              <Button size="xs" onClick={() => setDialog({ kind: 'form', calendar: null, asDefault: true })}>
                {t('config.calendars.newDefault')}
              </Button>
            </Stack>
          </Alert>
        )}
        <DataTable
          columns={columns}
          rows={calendars.isError ? [] : calendars.data}
          rowKey={(c) => c.id}
          empty={t('config.calendars.empty')}
          caption={t('config.calendars.title')}
        />
      </Stack>
      {dialog?.kind === 'form' && (
        <CalendarFormModal calendar={dialog.calendar} companies={freeCompanies} asDefault={dialog.asDefault} onClose={close} />
      )}
      {dialog?.kind === 'holidays' && <HolidaysModal calendar={dialog.calendar} onClose={close} />}
      <ConfirmModal
        opened={dialog?.kind === 'delete'}
        title={t('config.calendars.deleteTitle')}
        text={t('config.calendars.deleteText', { name: dialog?.calendar?.name ?? '' })}
        confirmLabel={t('config.calendars.delete')}
        danger
        loading={remove.isPending}
        error={remove.error}
        onClose={() => {
          remove.reset();
          close();
        }}
        onConfirm={() =>
          dialog?.calendar &&
          remove.mutate(dialog.calendar.id, {
            onSuccess: () => {
              notify.success(t('config.calendars.deleted'));
              close();
            },
          })
        }
      />
    </>
  );
}
