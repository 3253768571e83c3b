import { ActionIcon, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { WorkingSpan } from '../api';
import { spanProblem, weekdayOrder } from '../working-hours';

type Props = {
  value: WorkingSpan[];
  onChange: (hours: WorkingSpan[]) => void;
  /** Show each period's problem (after a first save attempt). */
  showProblems: boolean;
};

/** SPEC PAN-04: working hours per weekday, any number of periods per day. */
export function WorkingHoursEditor({ value, onChange, showProblems }: Props) {
  const { t } = useTranslation();
  // Positions in `value` of each weekday's periods, so edits replace the right element.
  const indexesOf = (weekday: number) => value.flatMap((s, i) => (s.weekday === weekday ? [i] : []));
  const update = (index: number, patch: Partial<WorkingSpan>) => onChange(value.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  const remove = (index: number) => onChange(value.filter((_, i) => i !== index));
  const add = (weekday: number) => {
    const last = indexesOf(weekday)
      .map((i) => value[i]!)
      .at(-1);
    const span = last ? { weekday, start: last.end, end: last.end < '18:00' ? '18:00' : '23:59' } : { weekday, start: '08:00', end: '18:00' };
    onChange([...value, span]);
  };

  return (
    <Paper withBorder radius="md" p="sm">
      <Stack gap="xs">
        {weekdayOrder.map((weekday) => {
          const day = t(`config.calendars.weekdays.${weekday}`);
          const indexes = indexesOf(weekday);
          return (
            <Group key={weekday} align="flex-start" wrap="nowrap" gap="sm" role="group" aria-label={day}>
              <Text size="sm" fw={600} w={120} pt={6}>
                {day}
              </Text>
              <Stack gap={6} style={{ flex: 1 }}>
                {indexes.length === 0 && (
                  <Text size="sm" c="dimmed" pt={6}>
                    {t('config.calendars.closed')}
                  </Text>
                )}
                {indexes.map((index, n) => {
                  const span = value[index]!;
                  const problem = showProblems ? spanProblem(span) : null;
                  const labels = { n: n + 1, day };
                  return (
                    <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
                      <TextInput
                        aria-label={t('config.calendars.periodStart', labels)}
                        placeholder="08:00"
                        value={span.start}
                        onChange={(e) => update(index, { start: e.currentTarget.value })}
                        error={problem ? t(`config.validation.${problem}`) : undefined}
                        maxLength={5}
                        w={140}
                      />
                      <Text pt={6}>–</Text>
                      <TextInput
                        aria-label={t('config.calendars.periodEnd', labels)}
                        placeholder="18:00"
                        value={span.end}
                        onChange={(e) => update(index, { end: e.currentTarget.value })}
                        error={problem ? ' ' : undefined}
                        maxLength={5}
                        w={140}
                      />
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        mt={4}
                        aria-label={t('config.calendars.removePeriod', labels)}
                        onClick={() => remove(index)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  );
                })}
              </Stack>
              <Button
                variant="subtle"
                size="xs"
                leftSection={<IconPlus size={14} />}
                aria-label={t('config.calendars.addPeriodOf', { day })}
                onClick={() => add(weekday)}
              >
                {t('config.calendars.addPeriod')}
              </Button>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
