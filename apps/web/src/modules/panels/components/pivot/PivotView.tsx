import { pivotFilterKinds } from '@atende/shared';
import { Button, Collapse, Group, Loader, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconAdjustments, IconPlayerPlay } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../ui/ErrorAlert';
import { DateField } from '../../../../ui/DateField';
import { postPivot } from '../../api';
import { useGridPreferences, useSaveGridPreferences } from '../../hooks/use-grid-preferences';
import type { PivotResult } from '../../panel-types';
import { NewAttendanceButton } from '../tools/NewAttendanceButton';
import { PivotChart } from './PivotChart';
import { PivotConfigurator } from './PivotConfigurator';
import { pivotKeyText, pivotRequestOf, restorePivotConfig, type PivotConfig, type PivotFilter } from './pivot-config';
import { PivotTable } from './PivotTable';

/** SPEC PAN-09 "Gráfico sintético" / "Informações sintéticas": a pivot over the last 180 days. */
export function PivotView({ tab, view }: { tab: string; view: string }) {
  // Both synthetic views ("Gráfico sintético", "Informações sintéticas") share one saved layout,
  // kept under the registry's pivot view.
  const grid = 'open.synthetic';
  const prefs = useGridPreferences(grid);
  if (prefs.isLoading) return <Loader size="sm" />;
  return (
    <Stack gap="sm">
      <Group>
        <NewAttendanceButton tab={tab} view={view} />
      </Group>
      <Pivot grid={grid} initial={restorePivotConfig(prefs.data?.pivot)} />
    </Stack>
  );
}

function Pivot({ grid, initial }: { grid: string; initial: PivotConfig }) {
  const { t } = useTranslation();
  const [config, setConfig] = useState(initial);
  const [configuring, setConfiguring] = useState(false);
  const save = useSaveGridPreferences(grid);
  const pivot = useMutation({ mutationFn: postPivot });
  const apply = () => {
    pivot.mutate(pivotRequestOf(config));
    save.mutate({ pivot: { rows: config.rows, columns: config.columns, values: config.values } });
    setConfiguring(false);
  };
  const setFilter = (f: Partial<PivotFilter>) => setConfig({ ...config, filter: { ...config.filter, ...f } });
  const valueNames = config.values.map((v) => t(`panels.pivot.valueNames.${v.field}`));

  return (
    <Stack gap="sm">
      <Paper withBorder radius="lg" p="sm">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Button
            variant={configuring ? 'filled' : 'default'}
            leftSection={<IconAdjustments size={16} />}
            onClick={() => setConfiguring((v) => !v)}
            aria-expanded={configuring}
          >
            {t('panels.pivot.configure')}
          </Button>
          <DateField label={t('panels.pivot.from')} value={config.from} onChange={(from) => setConfig({ ...config, from })} w={150} />
          <DateField label={t('panels.pivot.to')} value={config.to} onChange={(to) => setConfig({ ...config, to })} w={150} />
          <Select
            label={t('panels.pivot.filterKind')}
            w={280}
            data={pivotFilterKinds.map((k) => ({ value: k, label: t(`panels.pivot.filterKinds.${k}`) }))}
            value={config.filter.kind}
            onChange={(v) => v && setFilter({ kind: v as PivotFilter['kind'] })}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          {config.filter.kind !== 'period' && (
            <TextInput
              label={t('panels.pivot.filterValue')}
              value={config.filter.value}
              onChange={(e) => setFilter({ value: e.currentTarget.value })}
            />
          )}
          <Button leftSection={<IconPlayerPlay size={16} />} onClick={apply} loading={pivot.isPending}>
            {t('panels.pivot.apply')}
          </Button>
        </Group>
        <Collapse expanded={configuring}>
          <Stack mt="sm">
            <PivotConfigurator config={config} onChange={setConfig} />
          </Stack>
        </Collapse>
      </Paper>
      <ErrorAlert error={pivot.error} />
      {pivot.data ? <Result result={pivot.data} valueNames={valueNames} /> : <Text c="dimmed">{t('panels.pivot.empty')}</Text>}
    </Stack>
  );
}

function Result({ result, valueNames }: { result: PivotResult; valueNames: string[] }) {
  // The chart draws the row totals, which are of the first value.
  const valueLabel = valueNames[0] ?? '';
  const { t } = useTranslation();
  if (!result.rowKeys.length) return <Text c="dimmed">{t('panels.pivot.noData')}</Text>;
  const bars = result.rowKeys.map((k, i) => ({
    label: pivotKeyText(k, t('panelsKit.pivot.noValue'), valueLabel),
    value: result.totals.rows[i] ?? 0,
  }));
  return (
    <Paper withBorder radius="lg" p="sm">
      <Stack gap="md">
        <PivotTable result={result} valueNames={valueNames} />
        <PivotChart bars={bars} valueName={valueLabel} title={t('panels.pivot.chart', { value: valueLabel })} />
      </Stack>
    </Paper>
  );
}
