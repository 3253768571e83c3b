import type { AlertView } from '@atende/shared';
import { Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../ui/FormModal';
import { closeAlert } from '../api';

// SPEC ALR-04: "Encerrar" asks for the required "Observação".
export function CloseAlertModal({ alertId, onClose, onClosed }: { alertId: string; onClose: () => void; onClosed?: (a: AlertView) => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const close = useMutation({
    mutationFn: () => closeAlert(alertId, note.trim()),
    onSuccess: (a) => {
      onClosed?.(a);
      onClose();
    },
  });
  const missing = !note.trim();
  return (
    <FormModal
      title={t('conversations.alert.closeTitle')}
      onClose={onClose}
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (!missing) close.mutate();
      }}
      error={close.error}
      showError={Boolean(close.error)}
      pending={close.isPending}
      submitLabel={t('conversations.alert.confirmClose')}
    >
      <Textarea
        label={t('conversations.alert.note')}
        required
        autosize
        minRows={3}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={touched && missing ? t('common.required') : undefined}
        data-autofocus
      />
    </FormModal>
  );
}
