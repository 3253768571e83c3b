import { pivotAggs, pivotFields, pivotValueFields, type PivotField } from '@atende/shared';
import { ActionIcon, Badge, Group, Menu, Paper, Select, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconGripVertical, IconX } from '@tabler/icons-react';
import type { DragEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PivotValue } from '../../panel-types';
import { placeField, placeValue, type PivotArea, type PivotConfig } from './pivot-config';

type Dragged = { kind: 'field'; name: PivotField } | { kind: 'value'; name: PivotValue['field'] };
const MIME = 'application/x-atende-pivot';
type Props = { config: PivotConfig; onChange: (c: PivotConfig) => void };

/**
 * SPEC PAN-09 "Configurar": drag field chips into "Linhas", "Colunas" and "Valores" (HTML5 drag and
 * drop). Without a mouse, each chip's menu places it, and each placed chip has a remove button.
 */
export function PivotConfigurator({ config, onChange }: Props) {
  const { t } = useTranslation();
  const fieldName = (f: PivotField) => t(`panels.pivot.fieldNames.${f}`);
  const valueName = (f: PivotValue['field']) => t(`panels.pivot.valueNames.${f}`);
  const areaName = (a: PivotArea) => t(`panels.pivot.${a}`);

  const drop = (area: PivotArea, d: Dragged) => {
    if (area === 'values' && d.kind === 'value') onChange(placeValue(config, d.name));
    if (area !== 'values' && d.kind === 'field') onChange(placeField(config, area, d.name));
  };
  const onDrop = (area: PivotArea) => (e: DragEvent) => {
    e.preventDefault();
    try {
      drop(area, JSON.parse(e.dataTransfer.getData(MIME) || e.dataTransfer.getData('text/plain')) as Dragged);
    } catch {
      // not one of our chips
    }
  };
  const removeField = (area: 'rows' | 'columns', f: PivotField) => onChange({ ...config, [area]: config[area].filter((x) => x !== f) });

  const source = (d: Dragged, label: string, targets: PivotArea[]) => (
    <Menu key={`${d.kind}.${d.name}`} withinPortal position="bottom-start">
      <Menu.Target>
        <UnstyledButton
          draggable
          onDragStart={(e) => {
            e.dataTransfer.setData(MIME, JSON.stringify(d));
            e.dataTransfer.setData('text/plain', JSON.stringify(d));
            e.dataTransfer.effectAllowed = 'copy';
          }}
        >
          <Badge variant="outline" size="lg" leftSection={<IconGripVertical size={12} />} style={{ cursor: 'grab', textTransform: 'none' }}>
            {label}
          </Badge>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        {targets.map((a) => (
          <Menu.Item key={a} onClick={() => drop(a, d)}>
            {t('panels.pivot.addTo', { field: label, area: areaName(a) })}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );

  return (
    <Stack gap="sm">
      <Paper withBorder p="sm" radius="md">
        <Text size="sm" fw={600} mb={6}>
          {t('panels.pivot.fields')}
        </Text>
        <Group gap={6}>
          {pivotFields.map((f) => source({ kind: 'field', name: f }, fieldName(f), ['rows', 'columns']))}
          {pivotValueFields.map((f) => source({ kind: 'value', name: f }, valueName(f), ['values']))}
        </Group>
      </Paper>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {(['rows', 'columns'] as const).map((area) => (
          <Zone key={area} label={areaName(area)} onDrop={onDrop(area)} empty={t('panels.pivot.dropHere')}>
            {config[area].map((f) => (
              <Placed key={f} label={fieldName(f)} removeLabel={t('panels.pivot.remove', { field: fieldName(f), area: areaName(area) })} onRemove={() => removeField(area, f)} />
            ))}
          </Zone>
        ))}
        <Zone label={areaName('values')} onDrop={onDrop('values')} empty={t('panels.pivot.dropHere')}>
          {config.values.map((v) => (
            <Group key={v.field} gap={4} wrap="nowrap">
              <Placed
                label={valueName(v.field)}
                removeLabel={t('panels.pivot.remove', { field: valueName(v.field), area: areaName('values') })}
                onRemove={config.values.length > 1 ? () => onChange({ ...config, values: config.values.filter((x) => x.field !== v.field) }) : undefined}
              />
              {v.field !== 'count' && (
                <Select
                  size="xs"
                  w={100}
                  aria-label={t('panels.pivot.agg', { field: valueName(v.field) })}
                  data={pivotAggs.filter((a) => a !== 'count').map((a) => ({ value: a, label: t(`panels.pivot.aggs.${a}`) }))}
                  value={v.agg}
                  allowDeselect={false}
                  onChange={(agg) =>
                    agg && onChange({ ...config, values: config.values.map((x) => (x.field === v.field ? { ...x, agg: agg as PivotValue['agg'] } : x)) })
                  }
                  comboboxProps={{ withinPortal: true }}
                />
              )}
            </Group>
          ))}
        </Zone>
      </SimpleGrid>
    </Stack>
  );
}

function Zone({ label, onDrop, empty, children }: { label: string; onDrop: (e: DragEvent) => void; empty: string; children: ReactNode[] }) {
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      mih={96}
      role="group"
      aria-label={label}
      style={{ borderStyle: 'dashed' }}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDrop={onDrop}
    >
      <Text size="sm" fw={600} mb={6}>
        {label}
      </Text>
      <Stack gap={4}>
        {children.length ? children : <Text size="xs" c="dimmed">{empty}</Text>}
      </Stack>
    </Paper>
  );
}

function Placed({ label, removeLabel, onRemove }: { label: string; removeLabel: string; onRemove?: () => void }) {
  return (
    <Badge
      size="lg"
      variant="light"
      style={{ textTransform: 'none' }}
      rightSection={
        onRemove && (
          <ActionIcon size="xs" variant="transparent" aria-label={removeLabel} onClick={onRemove}>
            <IconX size={12} />
          </ActionIcon>
        )
      }
    >
      {label}
    </Badge>
  );
}
