import { DateInput, type DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { parseDayText } from './date-text';

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  /** 'YYYY-MM-DD', or '' for none. */
  value: string;
  onChange: (day: string) => void;
};

/**
 * The console's date input: shown and typed as "dd/mm/aaaa" (never the browser's mm/dd/yyyy),
 * picked from a calendar in the user's language (DatesProvider), kept as 'YYYY-MM-DD'.
 */
export function DateField({ value, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <DateInput
      valueFormat={t('panelsKit.dates.format')}
      placeholder={t('panelsKit.dates.placeholder')}
      dateParser={parseDayText}
      value={value || null}
      onChange={(day) => onChange(day ?? '')}
      leftSection={<IconCalendar size={14} aria-hidden />}
      popoverProps={{ withinPortal: true }}
      {...rest}
    />
  );
}
