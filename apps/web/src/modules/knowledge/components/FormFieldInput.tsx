import { Checkbox, NumberInput, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FormAnswers, FormField } from '../api';

type Props = { field: FormField; value: FormAnswers[string] | undefined; error?: string; onChange: (value: FormAnswers[string]) => void };

/** One field of an "Informações Personalizadas" form, by its type (SPEC ATT-12). */
export function FormFieldInput({ field: f, value, error, onChange }: Props) {
  const { t } = useTranslation();
  const common = { label: f.label, required: f.required, error };
  switch (f.type) {
    case 'number':
      return (
        <NumberInput
          {...common}
          value={typeof value === 'number' ? value : ''}
          onChange={(v) => onChange(v === '' ? null : Number(v))}
          decimalSeparator=","
        />
      );
    case 'date':
      return (
        <TextInput {...common} type="date" value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.currentTarget.value || null)} />
      );
    case 'select':
      return <Select {...common} data={f.options} value={typeof value === 'string' ? value : null} onChange={(v) => onChange(v)} clearable />;
    case 'checkbox':
      return <Checkbox label={f.label} checked={value === true} onChange={(e) => onChange(e.currentTarget.checked)} error={error} />;
    default:
      return (
        <TextInput
          {...common}
          placeholder={f.type === 'document' ? t('knowledge.forms.documentHint') : f.type === 'cep' ? '00000-000' : undefined}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
  }
}
