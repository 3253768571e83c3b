import { pivotAggs, pivotFields, pivotValueFields, type PivotField } from '@atende/shared';
import { DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { ActionIcon, Badge, Group, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PivotValue } from '../../panel-types';
import { placeField, placeValue, type PivotArea, type PivotConfig } from './pivot-config';
import { PivotChip } from './PivotChip';
import { accepts, areaKeyboardCoordinates, type Dragged } from './pivot-dnd';
import { PivotZone } from './PivotZone';

type Props = { config: PivotConfig; onChange: (c: PivotConfig) => void };

/**
 * SPEC PAN-09 "Configurar": drag field chips into "Linhas", "Colunas" and "Valores" (@dnd-kit), by
 * mouse, touch or keyboard (Space picks a chip up, arrows choose the area, Space drops it), each
 * step announced to screen readers; each placed chip has a remove button.
 */
export function PivotConfigurator({ config, onChange }: Props) {
  const { t } = useTranslation();
  const fieldName = (f: PivotField) => t(`panels.pivot.fieldNames.${f}`);
  const valueName = (f: PivotValue['field']) => t(`panels.pivot.valueNames.${f}`);
  const areaName = (a: PivotArea) => t(`panels.pivot.${a}`);
  const nameOf = (d: Dragged) => (d.kind === 'field' ? fieldName(d.name) : valueName(d.name));
  // A short move before a drag starts, so that a click on a chip stays a click.
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: areaKeyboardCoordinates }),
  );

  const drop = (area: PivotArea, d: Dragged) => {
    if (!accepts(area, d)) return;
    if (d.kind === 'value') onChange(placeValue(config, d.name));
    else onChange(placeField(config, area as 'rows' | 'columns', d.name));
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over) drop(over.id as PivotArea, active.data.current as Dragged);
  };
  const named = (e: { active: { data: { current?: unknown } } }) => nameOf(e.active.data.current as Dragged);
  const announcements: Announcements = {
    onDragStart: (e) => t('panelsKit.pivot.picked', { field: named(e) }),
    onDragOver: (e) => (e.over ? t('panelsKit.pivot.over', { field: named(e), area: areaName(e.over.id as PivotArea) }) : undefined),
    onDragEnd: (e) =>
      e.over
        ? t('panelsKit.pivot.dropped', { field: named(e), area: areaName(e.over.id as PivotArea) })
        : t('panelsKit.pivot.cancelled', { field: named(e) }),
    onDragCancel: (e) => t('panelsKit.pivot.cancelled', { field: named(e) }),
  };
  const removeField = (area: 'rows' | 'columns', f: PivotField) => onChange({ ...config, [area]: config[area].filter((x) => x !== f) });

  return (
    <DndContext
      sensors={sensors}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('panelsKit.pivot.keyboardHelp') } }}
    >
      <Stack gap="sm">
        <Paper withBorder p="sm" radius="md">
          <Text size="sm" fw={600} mb={6}>
            {t('panels.pivot.fields')}
          </Text>
          <Group gap={6}>
            {pivotFields.map((f) => (
              <PivotChip key={f} dragged={{ kind: 'field', name: f }} label={fieldName(f)} />
            ))}
            {pivotValueFields.map((f) => (
              <PivotChip key={f} dragged={{ kind: 'value', name: f }} label={valueName(f)} />
            ))}
          </Group>
        </Paper>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          {(['rows', 'columns'] as const).map((area) => (
            <PivotZone key={area} area={area} label={areaName(area)} empty={t('panels.pivot.dropHere')}>
              {config[area].map((f) => (
                <Placed
                  key={f}
                  label={fieldName(f)}
                  removeLabel={t('panels.pivot.remove', { field: fieldName(f), area: areaName(area) })}
                  onRemove={() => removeField(area, f)}
                />
              ))}
            </PivotZone>
          ))}
          <PivotZone area="values" label={areaName('values')} empty={t('panels.pivot.dropHere')}>
            {config.values.map((v) => (
              <Group key={v.field} gap={4} wrap="nowrap">
                <Placed
                  label={valueName(v.field)}
                  removeLabel={t('panels.pivot.remove', { field: valueName(v.field), area: areaName('values') })}
                  onRemove={
                    config.values.length > 1 ? () => onChange({ ...config, values: config.values.filter((x) => x.field !== v.field) }) : undefined
                  }
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
                      agg &&
                      onChange({ ...config, values: config.values.map((x) => (x.field === v.field ? { ...x, agg: agg as PivotValue['agg'] } : x)) })
                    }
                    comboboxProps={{ withinPortal: true }}
                  />
                )}
              </Group>
            ))}
          </PivotZone>
        </SimpleGrid>
      </Stack>
    </DndContext>
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
