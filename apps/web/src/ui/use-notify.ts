import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorText } from './error-text';

/** Short toasts for the outcome of an action. */
export function useNotify() {
  const { t } = useTranslation();
  return {
    success: (message: string) => notifications.show({ color: 'teal', message, autoClose: 3000 }),
    error: (err: unknown) => notifications.show({ color: 'red', message: errorText(t, err), autoClose: 6000 }),
  };
}
