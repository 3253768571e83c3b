import { googleMapsLink, type AlertLevel, type AlertState, type AlertView } from '@atende/shared';
import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../ui/use-notify';
import { assumeAlert, markAlertSeen, voiceNoteUrl } from '../api';
import { alertTimeText } from './alert-time';
import { CloseAlertModal } from './CloseAlertModal';

// SPEC ALR-02, ALR-04: an alert as a card, coloured by its level, with who fired it, where, when,
// its state and who took it, and the actions "Assumir" and "Encerrar". Used by "Conversas" and meant
// for any other screen that lists alerts (the monitoring panel, ALR-06).

const LEVEL_COLOR: Record<AlertLevel, string> = { green: 'green', yellow: 'yellow', red: 'red' };
const STATE_COLOR: Record<AlertState, string> = { new: 'red', in_progress: 'blue', closed: 'gray' };

type Props = {
  alert: AlertView;
  /** Marks the alert "recebido pela equipe" once a member sees it (ALR-01). */
  markSeen?: boolean;
  /** Called with the alert as the server returned it after an action. */
  onChanged?: (alert: AlertView) => void;
};

export function AlertCard({ alert, markSeen = false, onChanged }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [closing, setClosing] = useState(false);
  const assume = useMutation({ mutationFn: () => assumeAlert(alert.id), onSuccess: onChanged, onError: notify.error });
  const level = t(`conversations.alert.level.${alert.level}`);
  const needsSeen = markSeen && !alert.receivedAt && alert.state === 'new';

  useEffect(() => {
    // Best effort: the card stays usable if marking fails; the next view tries again.
    if (needsSeen) markAlertSeen(alert.id).catch(() => undefined);
  }, [needsSeen, alert.id]);

  return (
    <Card
      withBorder
      padding="sm"
      radius="md"
      role="article"
      aria-label={t('conversations.alert.card', { level })}
      style={{ borderLeft: `6px solid var(--mantine-color-${LEVEL_COLOR[alert.level]}-6)` }}
    >
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap">
          <Badge color={LEVEL_COLOR[alert.level]} variant="filled" size="lg">
            {level}
          </Badge>
          <Badge color={STATE_COLOR[alert.state]} variant="light">
            {t(`conversations.alert.state.${alert.state}`)}
          </Badge>
        </Group>
        {alert.levelText && <Text fw={600}>{alert.levelText}</Text>}
        <Text size="sm">
          {t('conversations.alert.name')}: {alert.appUser.name}
        </Text>
        <Text size="sm">
          {t('conversations.alert.cpf')}: {alert.appUser.cpf}
        </Text>
        {alert.appUser.phone && (
          <Text size="sm">
            {t('conversations.alert.phone')}: {alert.appUser.phone}
          </Text>
        )}
        <Text size="sm">
          {t('conversations.alert.location')}:{' '}
          {alert.location ? (
            <Anchor href={googleMapsLink(alert.location)} target="_blank" rel="noopener noreferrer">
              {t('conversations.alert.openMap')}
            </Anchor>
          ) : (
            t('conversations.alert.noLocation')
          )}
        </Text>
        <Text size="sm">
          {t('conversations.alert.firedAt')}: <time dateTime={alert.firedAt}>{alertTimeText(alert.firedAt)}</time>
        </Text>
        {alert.assignee && <Text size="sm">{t('conversations.alert.assumedBy', { name: alert.assignee.name })}</Text>}
        {alert.closingNote && (
          <Text size="sm">
            {t('conversations.alert.closingNote')}: {alert.closingNote}
          </Text>
        )}
        {alert.hasVoiceNote && <audio controls preload="none" src={voiceNoteUrl(alert.id)} aria-label={t('conversations.alert.voiceNote')} />}
        <Group gap="xs">
          {alert.state === 'new' && (
            <Button size="xs" loading={assume.isPending} onClick={() => assume.mutate()}>
              {t('conversations.alert.assume')}
            </Button>
          )}
          {alert.state === 'in_progress' && (
            <Button size="xs" color="gray" onClick={() => setClosing(true)}>
              {t('conversations.alert.close')}
            </Button>
          )}
        </Group>
      </Stack>
      {closing && <CloseAlertModal alertId={alert.id} onClose={() => setClosing(false)} onClosed={onChanged} />}
    </Card>
  );
}
