import { Select, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSlaReasons } from '../../hooks/use-lookups';

export type PauseValues = { reasonId: string | null; observations: string };

/** "Pausar SLA": reason (type pause) and observations. */
export function SlaPauseFields({ values, onChange }: { values: PauseValues; onChange: (v: PauseValues) => void }) {
  const { t } = useTranslation();
  const reasons = useSlaReasons('pause');
  return (
    <Stack gap="sm">
      <Select
        label={t('panels.sla.reason')}
        data={(reasons.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
        value={values.reasonId}
        onChange={(v) => onChange({ ...values, reasonId: v })}
        required
        searchable
        comboboxProps={{ withinPortal: true }}
      />
      <Textarea
        label={t('panels.sla.observations')}
        value={values.observations}
        onChange={(e) => onChange({ ...values, observations: e.currentTarget.value })}
        autosize
        minRows={2}
      />
    </Stack>
  );
}
