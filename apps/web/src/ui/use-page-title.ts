import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab title to "<page> · Atende". */
export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  useDocumentTitle(`${page} · ${t('app.name')}`);
}
