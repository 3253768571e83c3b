import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api';
import { meQueryKey } from '../modules/auth/api';

// A 401 on any request means the session ended (expired, logged out elsewhere): mark the user
// as logged out so the auth guard sends the console to /login.
function onError(err: unknown): void {
  if (isApiError(err, 401) && err.code === 'AUTH_REQUIRED') queryClient.setQueryData(meQueryKey, null);
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (count, err) => !isApiError(err) || (err.status >= 500 && count < 2),
    },
  },
});
