import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../../ui/FormModal';
import { useNotify } from '../../../../ui/use-notify';
import { closeSubprocess } from '../../api';
import { useAttendanceAction } from '../../hooks/use-attendance-action';
import { useAttendanceService } from '../../hooks/use-attendance-service';

/** SPEC PAN-03: ends the running subprocess; the process's next one starts. */
export function CloseSubprocessModal({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const service = useAttendanceService(id);
  const [comment, setComment] = useState('');
  const close = useAttendanceAction(id, closeSubprocess);
  return (
    <FormModal
      title={t('panels.closeSubprocess.title', { name: service.data?.subprocessName ?? '' })}
      onClose={onClose}
      onSubmit={(e) => {
        e.preventDefault();
        close.mutate({ comment }, { onSuccess: () => (notify.success(t('panels.tools.subprocessClosed')), onClose()) });
      }}
      error={close.error}
      showError
      pending={close.isPending}
      submitLabel={t('panels.closeSubprocess.submit')}
    >
      <Textarea
        label={t('panels.closeSubprocess.comment')}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        autosize
        minRows={3}
      />
    </FormModal>
  );
}
