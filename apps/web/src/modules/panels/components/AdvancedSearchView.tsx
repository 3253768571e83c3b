import { advancedSearchKinds, type AdvancedSearchKind } from '@atende/shared';
import { Button, Group, Paper, Select, Stack, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../ui/DateField';
import type { Query } from '../api';
import { dateInput, dayBound } from '../format';
import { columnsParam, gridQuery, initialGridState } from '../grid-query';
import { useGridPreferences } from '../hooks/use-grid-preferences';
import { useGridPage } from '../hooks/use-grid-page';
import { useFormColumns, useViewDef } from '../hooks/use-panel-views';
import { viewLabel } from '../labels';
import { FormFieldCriterion } from './FormFieldCriterion';
import { PanelGrid } from './PanelGrid';

// Kinds that need no value, and those that ignore the period (PAN-08).
const NO_VALUE: AdvancedSearchKind[] = ['period', 'finished'];
const NO_PERIOD: AdvancedSearchKind[] = ['protocol', 'code'];

/** SPEC PAN-08 "Pesquisa avançada": one criterion (kind + value) in a period, over a grid. */
export function AdvancedSearchView() {
  const { t } = useTranslation();
  const { def } = useViewDef('search', 'advanced');
  const today = new Date();
  const [kind, setKind] = useState<AdvancedSearchKind>('period');
  const [value, setValue] = useState('');
  const formColumns = useFormColumns();
  const [field, setField] = useState<string | null>(null);
  const [from, setFrom] = useState(dateInput(new Date(today.getFullYear(), today.getMonth(), today.getDate() - 30)));
  const [to, setTo] = useState(dateInput(today));
  const [applied, setApplied] = useState<Query>({});
  const [state, setState] = useState(initialGridState);
  const prefs = useGridPreferences('search.advanced');
  const query = { ...applied, ...gridQuery(def?.columns ?? [], state), columns: columnsParam(def?.columns ?? [], prefs.data?.columns) };
  // SPEC PAN-08: a search-mode grid, empty until a criterion is applied.
  const page = useGridPage('search', 'advanced', query);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const period = NO_PERIOD.includes(kind) ? {} : { from: from ? dayBound(from, false) : undefined, to: to ? dayBound(to, true) : undefined };
    if (kind === 'form_field' && !field) return;
    setApplied({ kind, value: NO_VALUE.includes(kind) ? undefined : value.trim(), ...(kind === 'form_field' ? { field: field! } : {}), ...period });
    setState((s) => ({ ...s, page: 1 }));
  };

  return (
    <Stack gap="sm">
      <Paper withBorder radius="lg" p="sm" component="form" onSubmit={apply} role="search" aria-label={viewLabel(t, 'search', 'advanced')}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label={t('panels.advanced.kind')}
            w={300}
            // SPEC ATT-12: "by a form's answer" only when some form is there to search.
            data={advancedSearchKinds
              .filter((k) => k !== 'form_field' || formColumns.length > 0)
              .map((k) => ({ value: k, label: t(`panels.advanced.kinds.${k}`) }))}
            value={kind}
            onChange={(v) => v && setKind(v as AdvancedSearchKind)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          {kind === 'form_field' && <FormFieldCriterion columns={formColumns} field={field} onField={setField} value={value} onValue={setValue} />}
          {!NO_VALUE.includes(kind) && kind !== 'form_field' && (
            <TextInput label={t('panels.advanced.value')} value={value} onChange={(e) => setValue(e.currentTarget.value)} required />
          )}
          {!NO_PERIOD.includes(kind) && (
            <>
              <DateField label={t('panels.advanced.from')} value={from} onChange={setFrom} w={150} />
              <DateField label={t('panels.advanced.to')} value={to} onChange={setTo} w={150} />
            </>
          )}
          <Button type="submit" leftSection={<IconSearch size={16} />}>
            {t('panels.advanced.apply')}
          </Button>
        </Group>
      </Paper>
      <PanelGrid
        tab="search"
        view="advanced"
        caption={viewLabel(t, 'search', 'advanced')}
        def={def}
        state={state}
        onState={setState}
        page={page}
        exportQuery={query}
      />
    </Stack>
  );
}
