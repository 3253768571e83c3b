import type { Me } from '@atende/shared';
import { useQuery } from '@tanstack/react-query';
import { fetchMe, meQueryKey } from '../api';

export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: Infinity,
  });
}

/** The logged-in user; only for components rendered behind the auth guard. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser used outside the auth guard');
  return data;
}
