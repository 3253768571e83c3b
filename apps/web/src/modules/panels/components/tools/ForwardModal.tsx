import { Select, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../../ui/FormModal';
import { useNotify } from '../../../../ui/use-notify';
import { forwardAttendance } from '../../api';
import { useAttendanceAction } from '../../hooks/use-attendance-action';
import { useProcesses } from '../../hooks/use-lookups';

/** SPEC PAN-03 "Encaminhar": to a new process, with a comment; its first subprocess starts. */
export function ForwardModal({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const processes = useProcesses();
  const [processId, setProcessId] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const forward = useAttendanceAction(id, forwardAttendance);
  return (
    <FormModal
      title={t('panels.forward.title')}
      onClose={onClose}
      onSubmit={(e) => {
        e.preventDefault();
        if (processId) forward.mutate({ processId, comment }, { onSuccess: () => (notify.success(t('panels.tools.forwarded')), onClose()) });
      }}
      error={forward.error}
      showError
      pending={forward.isPending}
      submitLabel={t('panels.forward.submit')}
    >
      <Select
        label={t('panels.forward.process')}
        data={(processes.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
        value={processId}
        onChange={setProcessId}
        required
        searchable
        comboboxProps={{ withinPortal: true }}
      />
      <Textarea label={t('panels.forward.comment')} value={comment} onChange={(e) => setComment(e.currentTarget.value)} autosize minRows={3} />
    </FormModal>
  );
}
