import { alertLevels, type AlertLevel } from '@atende/shared';
import { Button, Paper, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useNotify } from '../../../ui/use-notify';
import { useQueues } from '../../admin/hooks/use-queues';
import { useTeams } from '../../admin/hooks/use-teams';
import type { AlertSettings } from '../api';
import { useAlertSettings, useSaveAlertSettings } from '../hooks';

/** SPEC ALR-07 "Configuração" (admins): service number, the three texts, receiving team, voice queue, map tiles. */
export function AlertSettingsPage() {
  const { t } = useTranslation();
  const settings = useAlertSettings();
  const save = useSaveAlertSettings();
  const notify = useNotify();
  const teams = useTeams();
  const queues = useQueues();
  const [v, setV] = useState<AlertSettings | null>(null);
  useEffect(() => {
    if (settings.data && !v) setV(settings.data);
  }, [settings.data, v]);

  if (!v) return <ErrorAlert error={settings.error} />;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      { ...v, serviceNumber: v.serviceNumber?.trim() || null, tileUrl: v.tileUrl?.trim() || null },
      { onSuccess: () => notify.success(t('alerts.settings.saved')) },
    );
  };
  const text = (l: AlertLevel) => (e: { currentTarget: { value: string } }) =>
    setV({ ...v, levelTexts: { ...v.levelTexts, [l]: e.currentTarget.value } });
  const none = { value: '', label: t('alerts.settings.none') };
  return (
    <Stack gap="lg">
      <PageHeader title={t('alerts.settings.title')} subtitle={t('alerts.settings.subtitle')} />
      <Paper withBorder radius="lg" p="lg" maw={720}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput
              label={t('alerts.settings.serviceNumber')}
              value={v.serviceNumber ?? ''}
              onChange={(e) => setV({ ...v, serviceNumber: e.currentTarget.value })}
              maxLength={30}
            />
            {alertLevels.map((l) => (
              <Textarea
                key={l}
                label={t('alerts.settings.levelText', { level: t(`alerts.level.${l}`) })}
                value={v.levelTexts[l]}
                onChange={text(l)}
                maxLength={500}
                autosize
                minRows={2}
              />
            ))}
            <Select
              label={t('alerts.settings.team')}
              value={v.teamId ?? ''}
              onChange={(teamId) => setV({ ...v, teamId: teamId || null })}
              data={[none, ...(teams.data ?? []).map((x) => ({ value: x.id, label: x.name }))]}
            />
            <Select
              label={t('alerts.settings.voiceQueue')}
              value={v.voiceQueueId ?? ''}
              onChange={(q) => setV({ ...v, voiceQueueId: q || null })}
              data={[none, ...(queues.data ?? []).filter((q) => q.kind === 'voice').map((q) => ({ value: q.id, label: q.name }))]}
            />
            <TextInput
              label={t('alerts.settings.tileUrl')}
              description={t('alerts.settings.tileUrlHint')}
              value={v.tileUrl ?? ''}
              onChange={(e) => setV({ ...v, tileUrl: e.currentTarget.value })}
              maxLength={500}
            />
            <ErrorAlert error={save.error} />
            <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
              {t('common.save')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
