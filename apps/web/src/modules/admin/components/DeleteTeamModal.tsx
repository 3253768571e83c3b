import type { Team } from '@atende/shared';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { useNotify } from '../../../ui/use-notify';
import { useDeleteTeam } from '../hooks/use-teams';

export function DeleteTeamModal({ team, onClose }: { team: Team; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const remove = useDeleteTeam();
  const confirm = () =>
    remove.mutate(team.id, {
      onSuccess: () => {
        notify.success(t('teams.deleted'));
        onClose();
      },
    });
  return (
    <ConfirmModal
      opened
      onClose={onClose}
      title={t('teams.deleteTitle')}
      text={t('teams.deleteText', { name: team.name })}
      confirmLabel={t('teams.actions.delete')}
      onConfirm={confirm}
      loading={remove.isPending}
      error={remove.error}
      danger
    />
  );
}
