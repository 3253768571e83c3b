import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlaReason, SlaReasonType } from '../api';
import { useSaveSlaReason } from '../hooks/use-sla-reasons';
import { useSaved } from '../hooks/use-saved';
import { NameFormModal } from './NameFormModal';

/** SPEC PAN-04: a reason offered in "Modificar SLA", either "Incremento de tempo" or "Pausa do SLA". */
export function SlaReasonFormModal({ reason, onClose }: { reason: SlaReason | null; onClose: () => void }) {
  const { t } = useTranslation();
  const typeLabel = useId();
  const save = useSaveSlaReason();
  const onSuccess = useSaved('slaReasons', reason !== null, onClose);
  const [type, setType] = useState<SlaReasonType>(reason?.type ?? 'increment');

  const submit = (values: { name: string; active: boolean }) => {
    if (reason) save.mutate({ id: reason.id, body: values }, { onSuccess });
    else save.mutate({ id: null, body: { name: values.name, type } }, { onSuccess });
  };

  return (
    <NameFormModal
      title={t(reason ? 'config.slaReasons.editTitle' : 'config.slaReasons.new')}
      editing={reason}
      takenCode="SLA_REASON_NAME_TAKEN"
      save={save}
      onClose={onClose}
      onSubmit={submit}
    >
      {(errors) => (
        <Stack gap={4}>
          <Text size="sm" fw={500} id={typeLabel}>
            {t('config.slaReasons.fields.type')}
          </Text>
          <SegmentedControl
            aria-labelledby={typeLabel}
            value={type}
            onChange={(v) => setType(v as SlaReasonType)}
            disabled={reason !== null}
            data={[
              { value: 'increment', label: t('config.slaReasons.type.increment') },
              { value: 'pause', label: t('config.slaReasons.type.pause') },
            ]}
          />
          {reason && (
            <Text size="xs" c="dimmed">
              {t('config.slaReasons.typeFixed')}
            </Text>
          )}
          {errors.type && (
            <Text size="xs" c="red">
              {errors.type}
            </Text>
          )}
        </Stack>
      )}
    </NameFormModal>
  );
}
