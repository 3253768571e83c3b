import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setUiLocale } from '../../../app/i18n';
import { login, meQueryKey, type Credentials } from '../api';

/** Logs in; the login page redirects once the user is in the cache. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Credentials) => login(body),
    onSuccess: async (me) => {
      await setUiLocale(me.locale);
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
