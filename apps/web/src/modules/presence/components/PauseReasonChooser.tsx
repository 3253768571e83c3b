import { Button, Group, Paper, Radio, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActivePauseReasons } from '../hooks/use-pause-reasons';

type Props = { onConfirm: (reasonId: string) => void; onCancel: () => void; loading?: boolean };

/** SPEC WS-05: the agent picks one of the organization's active "Motivos de pausa". */
export function PauseReasonChooser({ onConfirm, onCancel, loading }: Props) {
  const { t } = useTranslation();
  const reasons = useActivePauseReasons();
  const [reasonId, setReasonId] = useState<string | null>(null);
  return (
    <Paper withBorder radius="md" p="sm" mt="xs" bg="orange.0">
      <Stack gap="sm">
        <Radio.Group label={t('presence.pause.reason')} value={reasonId} onChange={setReasonId}>
          <Stack gap={6} mt={6}>
            {(reasons.data ?? []).map((r) => (
              <Radio key={r.id} value={r.id} label={r.name} color="orange" />
            ))}
          </Stack>
        </Radio.Group>
        <Group justify="flex-end" gap="xs">
          <Button size="xs" variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button size="xs" color="orange" disabled={!reasonId} loading={loading} onClick={() => reasonId && onConfirm(reasonId)}>
            {t('presence.pause.confirm')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
