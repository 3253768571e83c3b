import { googleMapsLink } from '@atende/shared';
import { Anchor, Button, Drawer, Group, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { voiceNoteUrl, type AlertView } from '../api';
import { useAssumeAlert, useCloseAlert, useMarkSeen } from '../hooks';
import { LevelBadge, StateBadge } from './AlertBadges';
import { levelColor } from './levels';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

/**
 * SPEC ALR-02, ALR-04: an alert's card — level, its text, who, where, when, state — with "Assumir"
 * and "Encerrar" (a note is required). Opening it tells the app user the team received the alert.
 */
export function AlertCard({ alert, onClose }: { alert: AlertView; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { mutate: markSeen } = useMarkSeen();
  const assume = useAssumeAlert();
  const close = useCloseAlert();
  const [closing, setClosing] = useState(false);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const marked = useRef<string | null>(null);

  useEffect(() => {
    if (alert.receivedAt || marked.current === alert.id) return;
    marked.current = alert.id;
    markSeen(alert.id);
  }, [alert.id, alert.receivedAt, markSeen]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!note.trim()) return setMissing(true);
    close.mutate({ id: alert.id, note: note.trim() }, { onSuccess: () => setClosing(false) });
  };
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language);
  const level = t(`alerts.level.${alert.level}`);

  return (
    <Drawer opened onClose={onClose} position="right" title={t('alerts.card.title', { level })} size="md">
      <Stack gap="sm" style={{ borderLeft: `6px solid ${levelColor[alert.level].hex}`, paddingLeft: 12 }}>
        <Group gap="xs">
          <LevelBadge level={alert.level} />
          <StateBadge state={alert.state} />
        </Group>
        {alert.levelText && <Text fw={600}>{alert.levelText}</Text>}
        <Field label={t('alerts.card.name')}>{alert.appUser.name}</Field>
        <Field label={t('alerts.card.cpf')}>{alert.appUser.cpf}</Field>
        <Field label={t('alerts.card.phone')}>{alert.appUser.phone ?? '—'}</Field>
        <Field label={t('alerts.card.location')}>
          {alert.location ? (
            <Anchor href={googleMapsLink(alert.location)} target="_blank" rel="noopener noreferrer">
              {t('alerts.card.openMap')}
            </Anchor>
          ) : (
            t('alerts.card.noLocation')
          )}
        </Field>
        <Field label={t('alerts.card.firedAt')}>{when(alert.firedAt)}</Field>
        <Field label={t('alerts.card.assignee')}>{alert.assignee?.name ?? t('alerts.card.nobody')}</Field>
        {alert.closingNote && <Field label={t('alerts.card.closingNote')}>{alert.closingNote}</Field>}
        {alert.hasVoiceNote && (
          <Field label={t('alerts.card.voiceNote')}>
            <audio controls src={voiceNoteUrl(alert.id)} aria-label={t('alerts.card.voiceNote')} style={{ width: '100%' }} />
          </Field>
        )}
        <ErrorAlert error={assume.error ?? close.error} />
        {alert.state === 'new' && (
          <Button onClick={() => assume.mutate(alert.id)} loading={assume.isPending}>
            {t('alerts.card.assume')}
          </Button>
        )}
        {alert.state !== 'closed' && !closing && (
          <Button variant="light" color="gray" onClick={() => setClosing(true)}>
            {t('alerts.card.close')}
          </Button>
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
              <Button type="submit" color="gray" loading={close.isPending}>
                {t('alerts.card.confirmClose')}
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
    </Drawer>
  );
}
