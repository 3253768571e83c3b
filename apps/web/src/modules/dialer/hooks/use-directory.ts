import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { dialerKeys, searchDirectory } from '../api';

export function useDirectory(search: string, enabled: boolean) {
  return useQuery({
    queryKey: dialerKeys.directory(search),
    queryFn: ({ signal }) => searchDirectory(search, signal),
    select: (data) => data.items,
    placeholderData: keepPreviousData,
    enabled,
  });
}
