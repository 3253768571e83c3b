import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormValues } from '../../../ui/use-form-values';
import type { Classification, ClassificationKind } from '../api';
import { configFieldErrors } from '../form-errors';
import { useSaveClassification } from '../hooks/use-classifications';
import { useSaved } from '../hooks/use-saved';
import { ActiveSwitch, NameField } from './ConfigFields';
import { ConfigFormModal } from './ConfigFormModal';

const codeFields = { CLASSIFICATION_NAME_TAKEN: 'name' };

type Props = { classification: Classification | null; kind: ClassificationKind; onClose: () => void };

/** An opening or closing classification; its kind is fixed once created. */
export function ClassificationFormModal({ classification, kind, onClose }: Props) {
  const { t } = useTranslation();
  const kindLabel = useId();
  const save = useSaveClassification();
  const onSuccess = useSaved('classifications', classification !== null, onClose);
  const { values, set } = useFormValues({
    name: classification?.name ?? '',
    kind: classification?.kind ?? kind,
    active: classification?.active ?? true,
  });
  const errors = configFieldErrors(t, save.error, codeFields);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = values.name.trim();
    if (classification) save.mutate({ id: classification.id, body: { name, active: values.active } }, { onSuccess });
    else save.mutate({ id: null, body: { name, kind: values.kind } }, { onSuccess });
  };

  return (
    <ConfigFormModal
      title={t(classification ? 'config.classifications.editTitle' : 'config.classifications.new')}
      editing={classification !== null}
      errors={errors}
      onClose={onClose}
      onSubmit={submit}
      save={save}
    >
      <Stack gap={4}>
        <Text size="sm" fw={500} id={kindLabel}>
          {t('config.classifications.fields.kind')}
        </Text>
        <SegmentedControl
          aria-labelledby={kindLabel}
          value={values.kind}
          onChange={(v) => set('kind')(v as ClassificationKind)}
          disabled={classification !== null}
          data={[
            { value: 'opening', label: t('config.classifications.kind.opening') },
            { value: 'closing', label: t('config.classifications.kind.closing') },
          ]}
        />
      </Stack>
      <NameField value={values.name} onChange={set('name')} error={errors.name} />
      {classification && <ActiveSwitch checked={values.active} onChange={set('active')} />}
    </ConfigFormModal>
  );
}
