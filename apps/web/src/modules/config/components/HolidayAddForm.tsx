import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { DateField } from '../../../ui/DateField';
import { useNotify } from '../../../ui/use-notify';
import { configFieldErrors, shownOnField } from '../form-errors';
import { useAddHoliday } from '../hooks/use-calendars';

const codeFields = { HOLIDAY_DATE_TAKEN: 'date' };

/** SPEC PAN-04: one of the calendar's own holidays (a local one: a city's anniversary…). */
export function HolidayAddForm({ calendarId, year }: { calendarId: string; year: number }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const add = useAddHoliday(calendarId);
  const [date, setDate] = useState(`${year}-01-01`);
  const [name, setName] = useState('');
  const errors = configFieldErrors(t, add.error, codeFields);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { date, name: name.trim() },
      {
        onSuccess: () => {
          notify.success(t('config.holidays.added'));
          setName('');
        },
      },
    );
  };

  return (
    <Paper component="form" onSubmit={submit} noValidate aria-label={t('config.holidays.addTitle')} withBorder radius="md" p="sm">
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('config.holidays.addTitle')}
        </Text>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <DateField label={t('config.holidays.fields.date')} value={date} onChange={setDate} error={errors.date} required w={180} />
          <TextInput
            label={t('config.holidays.fields.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            maxLength={120}
            required
            style={{ flex: 1, minWidth: 200 }}
          />
          <Button type="submit" mt={25} leftSection={<IconPlus size={16} />} loading={add.isPending}>
            {t('config.holidays.add')}
          </Button>
        </Group>
        {!shownOnField(errors) && <ErrorAlert error={add.error} />}
      </Stack>
    </Paper>
  );
}
