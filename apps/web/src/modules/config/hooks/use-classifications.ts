import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { configKeys, createClassification, listClassifications, updateClassification, type ClassificationKind } from '../api';

export function useClassifications(kind: ClassificationKind) {
  return useQuery({
    queryKey: configKeys.classifications(kind),
    queryFn: ({ signal }) => listClassifications(kind, signal),
    select: (d) => d.items,
  });
}

type Save = { id: null; body: { kind: ClassificationKind; name: string } } | { id: string; body: { name?: string; active?: boolean } };

export function useSaveClassification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (save: Save) => (save.id === null ? createClassification(save.body) : updateClassification(save.id, save.body)),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['config', 'classifications'] }),
        queryClient.invalidateQueries({ queryKey: configKeys.slaPolicies }),
      ]),
  });
}
