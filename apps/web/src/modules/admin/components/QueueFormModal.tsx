import type { Queue } from '@atende/shared';
import { SegmentedControl, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../app/api';
import { FormModal } from '../../../ui/FormModal';
import { fieldErrors } from '../../../ui/field-errors';
import { useFormValues } from '../../../ui/use-form-values';
import { useNotify } from '../../../ui/use-notify';
import { useCompanies, useSaveQueue } from '../hooks/use-queues';

type Kind = Queue['kind'];
type Direction = 'inbound' | 'outbound';
type Policy = Queue['policy'];

const codeFields = { QUEUE_NAME_TAKEN: 'name', QUEUE_KIND_MISMATCH: 'kind' };

/** Create (queue = null) or edit a queue: voice (inbound or outbound) or chat (SPEC ORG-05, WS-04). */
export function QueueFormModal({ queue, onClose }: { queue: Queue | null; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSaveQueue();
  const kindLabel = useId();
  const companies = useCompanies();
  const { values, set } = useFormValues({
    name: queue?.name ?? '',
    kind: queue?.kind ?? ('voice' as Kind),
    direction: queue?.direction ?? ('inbound' as Direction),
    policy: queue?.policy ?? ('longest_idle' as Policy),
    companyId: queue?.companyId ?? null,
    active: queue?.active ?? true,
  });
  const errors = fieldErrors(t, save.error, codeFields);
  const onField = isApiError(save.error) && save.error.code in codeFields;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // A direction applies to voice queues only (the server refuses one on a chat queue).
    const body = { ...values, name: values.name.trim(), direction: values.kind === 'voice' ? values.direction : null };
    save.mutate(
      { id: queue?.id ?? null, body },
      {
        onSuccess: () => {
          notify.success(t(queue ? 'queues.updated' : 'queues.created'));
          onClose();
        },
      },
    );
  };

  return (
    <FormModal
      title={t(queue ? 'queues.editTitle' : 'queues.new')}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      error={save.error}
      showError={!onField}
      pending={save.isPending}
      submitLabel={t(queue ? 'common.save' : 'common.create')}
    >
      <TextInput
        label={t('queues.fields.name')}
        value={values.name}
        onChange={(e) => set('name')(e.currentTarget.value)}
        error={errors.name}
        maxLength={80}
        required
        data-autofocus
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} id={kindLabel}>
          {t('queues.fields.kind')}
        </Text>
        <SegmentedControl
          aria-labelledby={kindLabel}
          value={values.kind}
          onChange={(v) => set('kind')(v as Kind)}
          data={[
            { value: 'voice', label: t('queues.kind.voice') },
            { value: 'chat', label: t('queues.kind.chat') },
          ]}
        />
        {errors.kind && (
          <Text size="xs" c="red">
            {errors.kind}
          </Text>
        )}
      </Stack>
      {values.kind === 'voice' && (
        <Select
          label={t('queues.fields.direction')}
          data={[
            { value: 'inbound', label: t('queues.direction.inbound') },
            { value: 'outbound', label: t('queues.direction.outbound') },
          ]}
          value={values.direction}
          onChange={(v) => v && set('direction')(v as Direction)}
          allowDeselect={false}
        />
      )}
      <Select
        label={t('queues.fields.policy')}
        description={t('queues.hints.policy')}
        data={[
          { value: 'longest_idle', label: t('queues.policy.longest_idle') },
          { value: 'round_robin', label: t('queues.policy.round_robin') },
        ]}
        value={values.policy}
        onChange={(v) => v && set('policy')(v as Policy)}
        allowDeselect={false}
      />
      <Select
        label={t('queues.fields.company')}
        placeholder={t('queues.noCompany')}
        data={(companies.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
        value={values.companyId}
        onChange={set('companyId')}
        clearable
      />
      <Switch label={t('queues.fields.active')} checked={values.active} onChange={(e) => set('active')(e.currentTarget.checked)} />
    </FormModal>
  );
}
