import { Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../ui/DateField';
import type { ColumnDef } from '../panel-types';

type Props = {
  columns: ColumnDef[];
  field: string | null;
  onField: (key: string | null) => void;
  value: string;
  onValue: (value: string) => void;
};

/**
 * SPEC ATT-12 in "Busca avançada": which "Informações Personalizadas" field, and its answer typed
 * as the field is (an option, SIM/NÃO, a day; text, CPF/CNPJ and CEP are matched by "contains").
 */
export function FormFieldCriterion({ columns, field, onField, value, onValue }: Props) {
  const { t } = useTranslation();
  const column = columns.find((c) => c.key === field);
  const valueLabel = t('panels.advanced.value');
  return (
    <>
      <Select
        label={t('panels.advanced.field')}
        w={280}
        data={columns.map((c) => ({ value: c.key, label: c.label ?? c.key }))}
        value={field}
        onChange={(v) => {
          onField(v);
          onValue('');
        }}
        searchable
        required
        comboboxProps={{ withinPortal: true }}
      />
      {column?.type === 'enum' || column?.type === 'boolean' ? (
        <Select
          label={valueLabel}
          w={200}
          data={
            column.type === 'boolean'
              ? [
                  { value: 'true', label: t('panels.values.yes') },
                  { value: 'false', label: t('panels.values.no') },
                ]
              : (column.enumValues ?? [])
          }
          value={value || null}
          onChange={(v) => onValue(v ?? '')}
          required
          comboboxProps={{ withinPortal: true }}
        />
      ) : column?.fieldType === 'date' ? (
        <DateField label={valueLabel} value={value} onChange={onValue} w={150} required />
      ) : (
        <TextInput label={valueLabel} value={value} onChange={(e) => onValue(e.currentTarget.value)} required />
      )}
    </>
  );
}
