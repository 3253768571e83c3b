import type { PauseReason } from '@atende/shared';
import { Switch, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../app/api';
import { FormModal } from '../../../ui/FormModal';
import { fieldErrors } from '../../../ui/field-errors';
import { useFormValues } from '../../../ui/use-form-values';
import { useNotify } from '../../../ui/use-notify';
import { useSavePauseReason } from '../hooks/use-pause-reasons-admin';

const codeFields = { PAUSE_REASON_NAME_TAKEN: 'name' };

/** SPEC WS-05 "Motivos de pausa": the reasons agents pick from when they pause. */
export function PauseReasonFormModal({ reason, onClose }: { reason: PauseReason | null; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSavePauseReason();
  const { values, set } = useFormValues({
    name: reason?.name ?? '',
    productive: reason?.productive ?? false,
    active: reason?.active ?? true,
  });
  const errors = fieldErrors(t, save.error, codeFields);
  const onField = isApiError(save.error) && save.error.code in codeFields;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { id: reason?.id ?? null, body: { ...values, name: values.name.trim() } },
      {
        onSuccess: () => {
          notify.success(t(reason ? 'pauseReasons.updated' : 'pauseReasons.created'));
          onClose();
        },
      },
    );
  };

  return (
    <FormModal
      title={t(reason ? 'pauseReasons.editTitle' : 'pauseReasons.new')}
      onClose={onClose}
      onSubmit={submit}
      error={save.error}
      showError={!onField}
      pending={save.isPending}
      submitLabel={t(reason ? 'common.save' : 'common.create')}
    >
      <TextInput
        label={t('pauseReasons.fields.name')}
        value={values.name}
        onChange={(e) => set('name')(e.currentTarget.value)}
        error={errors.name}
        maxLength={60}
        required
        data-autofocus
      />
      <Switch
        label={t('pauseReasons.fields.productive')}
        description={t('pauseReasons.hints.productive')}
        checked={values.productive}
        onChange={(e) => set('productive')(e.currentTarget.checked)}
      />
      <Switch
        label={t('pauseReasons.fields.active')}
        description={t('pauseReasons.hints.active')}
        checked={values.active}
        onChange={(e) => set('active')(e.currentTarget.checked)}
      />
    </FormModal>
  );
}
