import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useNotify } from '../../../ui/use-notify';
import type { KnowledgeItem } from '../api';
import { useRegisterInformation } from '../hooks';
import { SolutionText } from './SolutionText';

type Props = { attendanceId: string; item: KnowledgeItem; canAct: boolean; onBack: () => void; onDone: () => void };

/** SPEC KB-02 "Registrar Informação": the "Solução Proposta" to read to the customer, then the green confirm. */
export function InformationView({ attendanceId, item, canAct, onBack, onDone }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const register = useRegisterInformation(attendanceId);
  const confirm = () =>
    register.mutate(item.id, {
      onSuccess: () => {
        notify.success(t('knowledge.information.done', { title: item.title }));
        onDone();
      },
    });
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap">
        <Button size="compact-sm" variant="subtle" color="gray" leftSection={<IconArrowLeft size={14} />} onClick={onBack}>
          {t('knowledge.back')}
        </Button>
        <Badge color="blue" variant="light">
          {t('knowledge.kind.information')}
        </Badge>
      </Group>
      <Title order={3} fz="md">
        {item.title}
      </Title>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {t('knowledge.information.solution')}
      </Text>
      {item.solutionHtml ? (
        <SolutionText html={item.solutionHtml} label={t('knowledge.information.solution')} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('knowledge.information.noSolution')}
        </Text>
      )}
      <ErrorAlert error={register.error} />
      {canAct && (
        <Button color="green" leftSection={<IconCheck size={16} />} loading={register.isPending} onClick={confirm}>
          {t('knowledge.information.confirm')}
        </Button>
      )}
    </Stack>
  );
}
