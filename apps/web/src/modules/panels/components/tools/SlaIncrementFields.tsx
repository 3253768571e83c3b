import { Group, NumberInput, Radio, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { slaPreview } from '../../api';
import { formatDateTime } from '../../format';
import { useSlaReasons } from '../../hooks/use-lookups';

export type IncrementValues = { reasonId: string | null; observations: string; unit: 'hours' | 'days'; quantity: number };
type Props = { id: string; currentDue: string | null; values: IncrementValues; onChange: (v: IncrementValues) => void };

/** "Incrementar SLA": reason (type increment), observations, hours or days, quantity, and the read-only "Novo prazo". */
export function SlaIncrementFields({ id, currentDue, values, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const reasons = useSlaReasons('increment');
  const set = <K extends keyof IncrementValues>(key: K, value: IncrementValues[K]) => onChange({ ...values, [key]: value });
  const [amount] = useDebouncedValue({ unit: values.unit, quantity: values.quantity }, 300);
  const valid = Number.isInteger(amount.quantity) && amount.quantity >= 1 && amount.quantity <= 999;
  // The server computes the new deadline in the attendance's business calendar (PAN-04).
  const preview = useQuery({
    queryKey: ['panels', 'sla-preview', id, amount.unit, amount.quantity],
    queryFn: () => slaPreview(id, amount),
    enabled: valid,
    retry: false,
  });
  const due = preview.data?.currentDueAt ?? currentDue;

  return (
    <Stack gap="sm">
      <Select
        label={t('panels.sla.reason')}
        data={(reasons.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
        value={values.reasonId}
        onChange={(v) => set('reasonId', v)}
        required
        searchable
        comboboxProps={{ withinPortal: true }}
      />
      <Textarea
        label={t('panels.sla.observations')}
        value={values.observations}
        onChange={(e) => set('observations', e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <Radio.Group label={t('panels.sla.unit')} value={values.unit} onChange={(v) => set('unit', v === 'days' ? 'days' : 'hours')}>
        <Group gap="lg" mt={4}>
          <Radio value="hours" label={t('panels.sla.hours')} />
          <Radio value="days" label={t('panels.sla.days')} />
        </Group>
      </Radio.Group>
      <NumberInput
        label={t('panels.sla.quantity')}
        min={1}
        max={999}
        allowDecimal={false}
        value={values.quantity}
        onChange={(v) => set('quantity', typeof v === 'number' ? v : Number(v) || 0)}
        required
      />
      <Group grow>
        <TextInput label={t('panels.sla.currentDue')} value={formatDateTime(due, i18n.language)} readOnly />
        <TextInput label={t('panels.sla.newDue')} value={valid ? formatDateTime(preview.data?.newDueAt, i18n.language) : ''} readOnly />
      </Group>
    </Stack>
  );
}
