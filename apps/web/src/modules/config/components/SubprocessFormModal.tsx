import { NumberInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormValues } from '../../../ui/use-form-values';
import type { Subprocess } from '../api';
import { configFieldErrors } from '../form-errors';
import { useSaveSubprocess } from '../hooks/use-processes';
import { useSaved } from '../hooks/use-saved';
import { ActiveSwitch, NameField } from './ConfigFields';
import { ConfigFormModal } from './ConfigFormModal';

const codeFields = { SUBPROCESS_NAME_TAKEN: 'name' };

type Props = { processId: string; subprocess: Subprocess | null; onClose: () => void };

/** SPEC PAN-03: a subprocess and its duration, which sets the "Fim Previsto" of each run. */
export function SubprocessFormModal({ processId, subprocess, onClose }: Props) {
  const { t } = useTranslation();
  const save = useSaveSubprocess();
  const onSuccess = useSaved('subprocesses', subprocess !== null, onClose);
  const { values, set } = useFormValues({
    name: subprocess?.name ?? '',
    durationHours: (subprocess?.durationHours ?? 24) as number | string,
    active: subprocess?.active ?? true,
  });
  const errors = configFieldErrors(t, save.error, codeFields);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // An empty or partial number is sent as is: the server's VALIDATION_FAILED names the field.
    const durationHours = typeof values.durationHours === 'number' ? values.durationHours : Number.NaN;
    const body = { name: values.name.trim(), durationHours: Number.isFinite(durationHours) ? durationHours : 0 };
    if (subprocess) save.mutate({ id: subprocess.id, body: { ...body, active: values.active } }, { onSuccess });
    else save.mutate({ id: null, processId, body }, { onSuccess });
  };

  return (
    <ConfigFormModal
      title={t(subprocess ? 'config.subprocesses.editTitle' : 'config.subprocesses.new')}
      editing={subprocess !== null}
      errors={errors}
      onClose={onClose}
      onSubmit={submit}
      save={save}
    >
      <NameField value={values.name} onChange={set('name')} error={errors.name} />
      <NumberInput
        label={t('config.subprocesses.fields.durationHours')}
        value={values.durationHours}
        onChange={set('durationHours')}
        error={errors.durationHours}
        min={1}
        max={8760}
        // No silent clamping: an out-of-range value gets the server's field message instead.
        clampBehavior="none"
        allowDecimal={false}
        allowNegative={false}
        required
      />
      {subprocess && <ActiveSwitch checked={values.active} onChange={set('active')} />}
    </ConfigFormModal>
  );
}
