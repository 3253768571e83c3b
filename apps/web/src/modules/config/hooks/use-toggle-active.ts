import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../ui/use-notify';

type Row = { id: string; name: string; active: boolean };

/**
 * Activate/deactivate from a table row: configuration is deactivated rather than deleted, since
 * attendances and reports keep pointing at it.
 */
export function useToggleActive<V>(save: UseMutationResult<unknown, unknown, V>, toVariables: (row: Row, active: boolean) => V) {
  const { t } = useTranslation();
  const notify = useNotify();
  return (row: Row) =>
    save.mutate(toVariables(row, !row.active), {
      onSuccess: () => notify.success(t(row.active ? 'config.deactivated' : 'config.activated', { name: row.name })),
      onError: (err) => notify.error(err),
    });
}
