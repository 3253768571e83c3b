import { Button, Checkbox, Group, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../../ui/AppModal';
import { ErrorAlert } from '../../../../ui/ErrorAlert';
import { useNotify } from '../../../../ui/use-notify';
import { slaIncrement, slaPause } from '../../api';
import { useAttendanceAction } from '../../hooks/use-attendance-action';
import { useAttendanceService } from '../../hooks/use-attendance-service';
import { SlaIncrementFields, type IncrementValues } from './SlaIncrementFields';
import { SlaPauseFields, type PauseValues } from './SlaPauseFields';

type Kind = 'increment' | 'pause';

/**
 * SPEC PAN-04 "Modificar SLA": step 1 chooses "Incrementar SLA" or "Pausar SLA" → "Avançar"; step 2
 * asks for the reason and details; "Finalizar" waits for "Tem certeza que deseja executar este processo agora?".
 */
export function SlaWizard({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const service = useAttendanceService(id);
  const [kind, setKind] = useState<Kind | null>(null);
  const [step, setStep] = useState<1 | 2>(1);
  const [confirmed, setConfirmed] = useState(false);
  const [inc, setInc] = useState<IncrementValues>({ reasonId: null, observations: '', unit: 'hours', quantity: 1 });
  const [pause, setPause] = useState<PauseValues>({ reasonId: null, observations: '' });
  const increment = useAttendanceAction(id, slaIncrement);
  const pauseSla = useAttendanceAction(id, slaPause);
  const mutation = kind === 'pause' ? pauseSla : increment;
  const ready = confirmed && (kind === 'pause' ? !!pause.reasonId : !!inc.reasonId && inc.quantity >= 1);
  const notCounting = service.data && service.data.sla.state === 'none';

  const finish = () => {
    const done = { onSuccess: () => (notify.success(t(kind === 'pause' ? 'panels.sla.paused' : 'panels.sla.incremented')), onClose()) };
    if (kind === 'pause' && pause.reasonId) pauseSla.mutate({ reasonId: pause.reasonId, observations: pause.observations, confirm: true }, done);
    if (kind === 'increment' && inc.reasonId)
      increment.mutate({ reasonId: inc.reasonId, observations: inc.observations, unit: inc.unit, quantity: inc.quantity, confirm: true }, done);
  };

  return (
    <AppModal opened onClose={onClose} title={t('panels.sla.title')} size="lg">
      <Stack gap="md">
        {notCounting && <Text c="dimmed">{t('panels.sla.notCounting')}</Text>}
        {step === 1 ? (
          <>
            <Radio.Group label={t('panels.sla.choose')} value={kind} onChange={(v) => setKind(v as Kind)}>
              <Stack gap="xs" mt="xs">
                <Radio value="increment" label={t('panels.sla.increment')} />
                <Radio value="pause" label={t('panels.sla.pause')} />
              </Stack>
            </Radio.Group>
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button disabled={!kind} onClick={() => setStep(2)}>
                {t('panels.sla.next')}
              </Button>
            </Group>
          </>
        ) : (
          <>
            {kind === 'increment' ? (
              <SlaIncrementFields id={id} currentDue={service.data?.sla.dueAt ?? null} values={inc} onChange={setInc} />
            ) : (
              <SlaPauseFields values={pause} onChange={setPause} />
            )}
            <Checkbox label={t('panels.sla.confirm')} checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} />
            <ErrorAlert error={mutation.error} />
            <Group justify="space-between">
              <Button variant="default" onClick={() => (setStep(1), setConfirmed(false))}>
                {t('panels.sla.back')}
              </Button>
              <Button disabled={!ready} loading={mutation.isPending} onClick={finish}>
                {t('panels.sla.finish')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </AppModal>
  );
}
