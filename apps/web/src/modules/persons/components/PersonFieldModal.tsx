import { foldText, formFieldTypes, type FormFieldType, type PersonField, type PersonType } from '@atende/shared';
import { Checkbox, Group, NumberInput, Select, Switch, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../app/api';
import { FormModal } from '../../../ui/FormModal';
import { fieldErrorText } from '../../../ui/field-errors';
import { useNotify } from '../../../ui/use-notify';
import { useSavePersonField } from '../person-fields-api';

/** A key from the label ("Data de nascimento" → "data_de_nascimento"). */
const keyFor = (label: string) =>
  foldText(label)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .slice(0, 40) || 'campo';

/** SPEC PER-05: one custom person field — name, key, person type, field type, options, required, order, status. */
export function PersonFieldModal({ field, onClose }: { field: PersonField | null; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSavePersonField();
  const [label, setLabel] = useState(field?.label ?? '');
  const [key, setKey] = useState(field?.key ?? '');
  const [personType, setPersonType] = useState<PersonType>(field?.personType ?? 'PF');
  const [type, setType] = useState<FormFieldType>(field?.type ?? 'text');
  const [options, setOptions] = useState(field?.options.join(', ') ?? '');
  const [required, setRequired] = useState(field?.required ?? false);
  const [position, setPosition] = useState<number>(field?.position ?? 0);
  const [active, setActive] = useState(field?.active ?? true);
  const [missing, setMissing] = useState(false);
  const serverError = (path: string) => {
    const f = isApiError(save.error) ? save.error.fields.find((x) => x.path === path) : undefined;
    return f ? fieldErrorText(t, f) : undefined;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!label.trim());
    if (!label.trim()) return;
    const list =
      type === 'select'
        ? options
            .split(',')
            .map((o) => o.trim())
            .filter(Boolean)
        : [];
    const body = { label: label.trim(), key: key.trim() || keyFor(label), personType, type, options: list, required, position, active };
    save.mutate(
      { id: field?.id ?? null, body },
      {
        onSuccess: () => {
          notify.success(t('people.fields.saved'));
          onClose();
        },
      },
    );
  };

  return (
    <FormModal
      title={t(field ? 'people.fields.edit' : 'people.fields.new')}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      error={save.error}
      showError={!serverError('body.key')}
      pending={save.isPending}
      submitLabel={t('common.save')}
    >
      <Group grow align="flex-start">
        <TextInput
          label={t('people.fields.label')}
          value={label}
          onChange={(e) => setLabel(e.currentTarget.value)}
          error={missing ? t('people.validation.required') : undefined}
          required
          maxLength={120}
          data-autofocus
        />
        <TextInput
          label={t('people.fields.key')}
          description={t('people.fields.keyHint')}
          value={key}
          onChange={(e) => setKey(e.currentTarget.value)}
          error={serverError('body.key')}
          maxLength={40}
        />
      </Group>
      <Group grow align="flex-start">
        <Select
          label={t('people.fields.personType')}
          data={(['PF', 'PJ'] as const).map((v) => ({ value: v, label: t(`persons.types.${v}`) }))}
          value={personType}
          onChange={(v) => v && setPersonType(v as PersonType)}
          allowDeselect={false}
        />
        <Select
          label={t('people.fields.type')}
          data={formFieldTypes.map((v) => ({ value: v, label: t(`knowledge.forms.types.${v}`) }))}
          value={type}
          onChange={(v) => v && setType(v as FormFieldType)}
          allowDeselect={false}
        />
      </Group>
      {type === 'select' && <TextInput label={t('people.fields.options')} value={options} onChange={(e) => setOptions(e.currentTarget.value)} />}
      <Group align="flex-end">
        <NumberInput label={t('people.fields.position')} value={position} onChange={(v) => setPosition(Number(v) || 0)} min={0} max={1000} w={120} />
        <Checkbox label={t('people.fields.required')} checked={required} onChange={(e) => setRequired(e.currentTarget.checked)} mb={8} />
        <Switch label={t('people.fields.active')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} mb={8} />
      </Group>
    </FormModal>
  );
}
