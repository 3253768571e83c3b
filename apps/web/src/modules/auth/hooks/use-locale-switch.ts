import type { Locale } from '@atende/shared/roles';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLocale, setUiLocale } from '../../../app/i18n';
import { meQueryKey, updateMe } from '../api';

/** Switches the whole UI at once, then persists the choice on the user (SPEC WS-01). */
export function useLocaleSwitch() {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: async (locale: Locale) => {
      const previous = currentLocale();
      await setUiLocale(locale);
      try {
        return await updateMe({ locale });
      } catch (err) {
        await setUiLocale(previous);
        throw err;
      }
    },
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
    onError: () => notifications.show({ color: 'red', message: t('shell.languageError') }),
  });
}
