import { Group, NumberInput, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormValues } from '../../../ui/use-form-values';
import type { SlaMode, SlaPolicy } from '../api';
import { configFieldErrors } from '../form-errors';
import { useClassifications } from '../hooks/use-classifications';
import { useProcesses } from '../hooks/use-processes';
import { useSaveSlaPolicy } from '../hooks/use-sla-policies';
import { useSaved } from '../hooks/use-saved';
import { ActiveSwitch, NameField } from './ConfigFields';
import { ConfigFormModal } from './ConfigFormModal';

const codeFields = { SLA_POLICY_TAKEN: 'classificationId', CLASSIFICATION_NOT_FOUND: 'classificationId', PROCESS_NOT_FOUND: 'processId' };

const asNumber = (v: number | string) => (typeof v === 'number' ? v : 0);

/** SPEC PAN-04: a resolution time for an opening classification and/or a process, in business or calendar time. */
export function SlaPolicyFormModal({ policy, onClose }: { policy: SlaPolicy | null; onClose: () => void }) {
  const { t } = useTranslation();
  const modeLabel = useId();
  const save = useSaveSlaPolicy();
  const saved = useSaved('slaPolicies', policy !== null, onClose);
  const classifications = useClassifications('opening');
  const processes = useProcesses();
  const minutes = policy?.resolutionMinutes ?? 480;
  const { values, set } = useFormValues({
    name: policy?.name ?? '',
    classificationId: policy?.classificationId ?? null,
    processId: policy?.processId ?? null,
    hours: Math.floor(minutes / 60) as number | string,
    minutes: (minutes % 60) as number | string,
    mode: policy?.mode ?? ('business' as SlaMode),
    active: policy?.active ?? true,
  });
  const errors = configFieldErrors(t, save.error, codeFields);
  // Inactive options stay listed when the policy already points at them.
  const options = <T extends { id: string; name: string; active: boolean }>(rows: T[] | undefined, current: string | null) =>
    (rows ?? []).filter((r) => r.active || r.id === current).map((r) => ({ value: r.id, label: r.name }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { hours, minutes: mins, ...rest } = values;
    const body = { ...rest, name: values.name.trim(), resolutionMinutes: asNumber(hours) * 60 + asNumber(mins) };
    save.mutate({ id: policy?.id ?? null, body }, { onSuccess: saved });
  };

  return (
    <ConfigFormModal
      title={t(policy ? 'config.slaPolicies.editTitle' : 'config.slaPolicies.new')}
      size="lg"
      editing={policy !== null}
      errors={errors}
      onClose={onClose}
      onSubmit={submit}
      save={save}
    >
      <NameField value={values.name} onChange={set('name')} error={errors.name} />
      <Select
        label={t('config.slaPolicies.fields.classification')}
        description={t('config.slaPolicies.hints.scope')}
        placeholder={t('config.slaPolicies.any')}
        data={options(classifications.data, values.classificationId)}
        value={values.classificationId}
        onChange={set('classificationId')}
        error={errors.classificationId}
        clearable
        searchable
      />
      <Select
        label={t('config.slaPolicies.fields.process')}
        placeholder={t('config.slaPolicies.any')}
        data={options(processes.data, values.processId)}
        value={values.processId}
        onChange={set('processId')}
        error={errors.processId}
        clearable
        searchable
      />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('config.slaPolicies.fields.resolution')}
        </Text>
        <Group gap="sm" align="flex-start">
          <NumberInput
            label={t('config.slaPolicies.fields.hours')}
            value={values.hours}
            onChange={set('hours')}
            min={0}
            max={8760}
            allowDecimal={false}
            allowNegative={false}
            error={errors.resolutionMinutes}
            w={140}
          />
          <NumberInput
            label={t('config.slaPolicies.fields.minutes')}
            value={values.minutes}
            onChange={set('minutes')}
            min={0}
            max={59}
            clampBehavior="none"
            allowDecimal={false}
            allowNegative={false}
            error={errors.resolutionMinutes ? ' ' : undefined}
            w={140}
          />
        </Group>
      </Stack>
      <Stack gap={4}>
        <Text size="sm" fw={500} id={modeLabel}>
          {t('config.slaPolicies.fields.mode')}
        </Text>
        <SegmentedControl
          aria-labelledby={modeLabel}
          value={values.mode}
          onChange={(v) => set('mode')(v as SlaMode)}
          data={[
            { value: 'business', label: t('config.slaPolicies.mode.business') },
            { value: 'calendar', label: t('config.slaPolicies.mode.calendar') },
          ]}
        />
      </Stack>
      <ActiveSwitch checked={values.active} onChange={set('active')} />
    </ConfigFormModal>
  );
}
