import type { Queue } from '@atende/shared';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { useNotify } from '../../../ui/use-notify';
import { useDeleteQueue } from '../hooks/use-queues';

/** Only a queue no channel feeds can go (QUEUE_IN_USE otherwise). */
export function DeleteQueueModal({ queue, onClose }: { queue: Queue; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const remove = useDeleteQueue();
  const confirm = () =>
    remove.mutate(queue.id, {
      onSuccess: () => {
        notify.success(t('queues.deleted'));
        onClose();
      },
    });
  return (
    <ConfirmModal
      opened
      onClose={onClose}
      title={t('queues.deleteTitle')}
      text={t('queues.deleteText', { name: queue.name })}
      confirmLabel={t('queues.actions.delete')}
      onConfirm={confirm}
      loading={remove.isPending}
      error={remove.error}
      danger
    />
  );
}
