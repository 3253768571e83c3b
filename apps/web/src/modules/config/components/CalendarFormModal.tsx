import type { Company } from '@atende/shared';
import { Select, Stack, Switch, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormValues } from '../../../ui/use-form-values';
import type { Calendar } from '../api';
import { configFieldErrors } from '../form-errors';
import { useSaveCalendar } from '../hooks/use-calendars';
import { useSaved } from '../hooks/use-saved';
import { timeZoneOptions } from '../time-zones';
import { defaultHours, sortedHours, spanProblem } from '../working-hours';
import { WorkingHoursEditor } from './WorkingHoursEditor';
import { NameField } from './ConfigFields';
import { ConfigFormModal } from './ConfigFormModal';

// CALENDAR_INVALID names its field (timeZone or hours) in `fields`, translated per field.
const codeFields = { CALENDAR_TAKEN: 'companyId' };
const NO_COMPANY = '';

type Props = {
  calendar: Calendar | null;
  /** Companies that have no calendar yet (for a new one); the default one needs none. */
  companies: Company[];
  /** A new calendar is the organization's default one (company null). */
  asDefault?: boolean;
  onClose: () => void;
};

/** SPEC PAN-04: a business calendar — company, time zone, working hours and the national holidays switch. */
export function CalendarFormModal({ calendar, companies, asDefault, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const save = useSaveCalendar();
  const saved = useSaved('calendars', calendar !== null, onClose);
  const [tried, setTried] = useState(false);
  const { values, set } = useFormValues({
    name: calendar?.name ?? (asDefault ? t('config.calendars.defaultName') : ''),
    companyId: calendar ? (calendar.companyId ?? NO_COMPANY) : asDefault ? NO_COMPANY : (companies[0]?.id ?? NO_COMPANY),
    timeZone: calendar?.timeZone ?? 'America/Sao_Paulo',
    hours: calendar?.hours ?? defaultHours(),
    nationalHolidays: calendar?.nationalHolidays ?? true,
  });
  const errors = configFieldErrors(t, save.error, codeFields);
  const companyOptions = calendar
    ? [{ value: calendar.companyId ?? NO_COMPANY, label: calendar.companyName ?? t('config.calendars.defaultCompany') }]
    : asDefault
      ? [{ value: NO_COMPANY, label: t('config.calendars.defaultCompany') }]
      : companies.map((c) => ({ value: c.id, label: c.name }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (values.hours.some((h) => spanProblem(h) !== null)) return;
    const body = {
      ...values,
      name: values.name.trim(),
      companyId: values.companyId === NO_COMPANY ? null : values.companyId,
      hours: sortedHours(values.hours),
    };
    save.mutate({ id: calendar?.id ?? null, body }, { onSuccess: saved });
  };

  return (
    <ConfigFormModal
      title={t(calendar ? 'config.calendars.editTitle' : asDefault ? 'config.calendars.newDefault' : 'config.calendars.new')}
      size="xl"
      editing={calendar !== null}
      errors={errors}
      onClose={onClose}
      onSubmit={submit}
      save={save}
    >
      <NameField value={values.name} onChange={set('name')} error={errors.name} />
      <Select
        label={t('config.calendars.fields.company')}
        description={t('config.calendars.hints.company')}
        data={companyOptions}
        value={values.companyId}
        onChange={(v) => v !== null && set('companyId')(v)}
        disabled={calendar !== null || asDefault}
        allowDeselect={false}
        error={errors.companyId}
      />
      <Select
        label={t('config.calendars.fields.timeZone')}
        data={timeZoneOptions(i18n.language, values.timeZone)}
        value={values.timeZone}
        onChange={(v) => v && set('timeZone')(v)}
        allowDeselect={false}
        searchable
        error={errors.timeZone}
      />
      <Switch
        label={t('config.calendars.fields.nationalHolidays')}
        description={t('config.calendars.hints.nationalHolidays')}
        checked={values.nationalHolidays}
        onChange={(e) => set('nationalHolidays')(e.currentTarget.checked)}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('config.calendars.fields.hours')}
        </Text>
        <WorkingHoursEditor value={values.hours} onChange={set('hours')} showProblems={tried} />
        {errors.hours && (
          <Text size="xs" c="red" role="alert">
            {errors.hours}
          </Text>
        )}
      </Stack>
    </ConfigFormModal>
  );
}
