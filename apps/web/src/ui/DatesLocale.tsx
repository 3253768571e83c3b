import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/pt-br';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The date pickers' month and weekday names follow the console's language (pt-BR first). */
export function DatesLocale({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'pt-br';
  return <DatesProvider settings={{ locale, firstDayOfWeek: 0 }}>{children}</DatesProvider>;
}
