import { googleMapsLink } from '@atende/shared';
import { Anchor, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { voiceNoteUrl, type AlertView } from '../api';
import { useAssumeAlert, useCloseAlert, useMarkSeen } from '../hooks';
import { LevelBadge, StateBadge } from './AlertBadges';
import { alertTimeText } from './alert-time';

function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm" component="div">
      {label}: {children}
    </Text>
  );
}

/** "Alerta Vermelho — Risco grave": the Drawer's title and the Conversas card's name. */
export function useAlertTitle(alert: AlertView): string {
  const { t } = useTranslation();
  return t('alerts.card.title', { level: t(`alerts.level.${alert.level}`), risk: t(`alerts.card.risk.${alert.level}`) });
}

/**
 * SPEC ALR-02, ALR-04: what an alert shows wherever it appears (the monitoring Drawer, a card in
 * "Conversas") — level, its text, who, where, when, state, who took it — with "Assumir" and
 * "Encerrar" (a closing note is required). Showing it tells the app user the team received it (ALR-01).
 */
export function AlertDetails({ alert, onChanged }: { alert: AlertView; onChanged?: (alert: AlertView) => void }) {
  const { t } = useTranslation();
  const { mutate: markSeen } = useMarkSeen();
  const assume = useAssumeAlert();
  const close = useCloseAlert();
  const [closing, setClosing] = useState(false);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const marked = useRef<string | null>(null);

  useEffect(() => {
    // Best effort, once per alert: the details stay usable if marking fails.
    if (alert.receivedAt || marked.current === alert.id) return;
    marked.current = alert.id;
    markSeen(alert.id);
  }, [alert.id, alert.receivedAt, markSeen]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!note.trim()) return setMissing(true);
    close.mutate(
      { id: alert.id, note: note.trim() },
      {
        onSuccess: (a) => {
          setClosing(false);
          onChanged?.(a);
        },
      },
    );
  };

  return (
    <Stack gap="xs">
      <Group gap="xs">
        <LevelBadge level={alert.level} />
        <StateBadge state={alert.state} />
      </Group>
      {alert.levelText && <Text fw={600}>{alert.levelText}</Text>}
      <Line label={t('alerts.card.name')}>{alert.appUser.name}</Line>
      <Line label={t('alerts.card.cpf')}>{alert.appUser.cpf}</Line>
      <Line label={t('alerts.card.phone')}>{alert.appUser.phone ?? '—'}</Line>
      <Line label={t('alerts.card.location')}>
        {alert.location ? (
          <Anchor href={googleMapsLink(alert.location)} target="_blank" rel="noopener noreferrer">
            {t('alerts.card.openMap')}
          </Anchor>
        ) : (
          t('alerts.card.noLocation')
        )}
      </Line>
      <Line label={t('alerts.card.firedAt')}>
        <time dateTime={alert.firedAt}>{alertTimeText(alert.firedAt)}</time>
      </Line>
      {alert.assignee && <Text size="sm">{t('alerts.card.assumedBy', { name: alert.assignee.name })}</Text>}
      {alert.closingNote && <Line label={t('alerts.card.closingNote')}>{alert.closingNote}</Line>}
      {alert.hasVoiceNote && (
        <audio controls preload="none" src={voiceNoteUrl(alert.id)} aria-label={t('alerts.card.voiceNote')} style={{ width: '100%' }} />
      )}
      <ErrorAlert error={assume.error ?? close.error} />
      {!closing && alert.state !== 'closed' && (
        <Group gap="xs">
          {alert.state === 'new' && (
            <Button size="xs" loading={assume.isPending} onClick={() => assume.mutate(alert.id, { onSuccess: onChanged })}>
              {t('alerts.card.assume')}
            </Button>
          )}
          <Button size="xs" variant="light" color="gray" onClick={() => setClosing(true)}>
            {t('alerts.card.close')}
          </Button>
        </Group>
      )}
      {closing && (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <Textarea
              label={t('alerts.card.note')}
              description={t('alerts.card.noteHint')}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              error={missing && !note.trim() ? t('alerts.card.noteRequired') : undefined}
              maxLength={2000}
              autosize
              minRows={3}
              required
              data-autofocus
            />
            <Button type="submit" size="xs" color="gray" loading={close.isPending}>
              {t('alerts.card.confirmClose')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
