import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersonSearch } from '../../../persons/hooks/use-persons';

/** "Novo atendimento": the person is optional (an anonymous attendance needs none). */
export function PersonPicker({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const found = usePersonSearch(q);
  const data = (found.data ?? []).map((p) => ({ value: p.id, label: p.document ? `${p.name} — ${p.document}` : p.name }));
  return (
    <Select
      label={t('panels.form.person')}
      placeholder={t('panels.form.personSearch')}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={q.length >= 2 ? t('panels.grid.empty') : undefined}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
