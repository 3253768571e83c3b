import { Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../../ui/DateField';
import { columnTitle, enumLabel } from '../../labels';
import type { ColumnDef } from '../../panel-types';

type Props = { column: ColumnDef; value: string; onChange: (value: string) => void };

/** SPEC PAN-07: the filter under one column header, by type (text, list, SIM/NÃO, date range). */
export function ColumnFilter({ column, value, onChange }: Props) {
  const { t } = useTranslation();
  const label = t('panels.grid.filter', { column: columnTitle(t, column) });
  if (!column.filterable) return null;
  if (column.type === 'enum' || column.type === 'boolean') {
    const values = column.type === 'boolean' ? ['true', 'false'] : (column.enumValues ?? []);
    const data = values.map((v) => ({
      value: v,
      label:
        column.type === 'boolean'
          ? t(v === 'true' ? 'panels.values.yes' : 'panels.values.no')
          : column.fieldType
            ? v // a form's options are shown as the admin wrote them (ATT-12)
            : enumLabel(t, column.key, v),
    }));
    return (
      <Select
        size="xs"
        aria-label={label}
        placeholder={t('panels.grid.any')}
        data={data}
        value={value || null}
        onChange={(v) => onChange(v ?? '')}
        clearable
        comboboxProps={{ withinPortal: true }}
      />
    );
  }
  if (column.type === 'datetime') return <DateRangeFilter column={column} value={value} onChange={onChange} />;
  return <TextFilter label={label} value={value} onChange={onChange} />;
}

function TextFilter({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const send = useDebouncedCallback(onChange, 400);
  return (
    <TextInput
      size="xs"
      aria-label={label}
      type="search"
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        send(e.currentTarget.value);
      }}
    />
  );
}

function DateRangeFilter({ column, value, onChange }: Props) {
  const { t } = useTranslation();
  const name = columnTitle(t, column);
  const [from = '', to = ''] = value.split('..');
  const set = (nextFrom: string, nextTo: string) => onChange(nextFrom || nextTo ? `${nextFrom}..${nextTo}` : '');
  return (
    <Group gap={4} wrap="nowrap">
      <DateField size="xs" w={120} aria-label={t('panels.grid.filterFrom', { column: name })} value={from} onChange={(v) => set(v, to)} clearable />
      <DateField size="xs" w={120} aria-label={t('panels.grid.filterTo', { column: name })} value={to} onChange={(v) => set(from, v)} clearable />
    </Group>
  );
}
