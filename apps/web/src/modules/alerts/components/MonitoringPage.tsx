import { alertLevels, type AlertLevel } from '@atende/shared';
import { Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import type { AlertView } from '../api';
import { useAlerts, useAlertSettings, useAlertsRealtime } from '../hooks';
import { useCurrentUser } from '../../auth/hooks/use-me';
import { LevelBadge, StateBadge } from './AlertBadges';
import { AlertDrawer } from './AlertDrawer';
import { AlertsMap } from './AlertsMap';
import { levelColor } from './levels';
import { periodFilter, type Period } from './period';
import { PushToggle } from './PushToggle';
import { roleAtLeast } from '@atende/shared/roles';

/** SPEC ALR-06 "Painel de Monitoramento" (menu "Início"): the alerts, live, as a list and on a map. */
export function MonitoringPage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  useAlertsRealtime();
  const [period, setPeriod] = useState<Period>('today');
  const [custom, setCustom] = useState<{ from: string | null; to: string | null }>({ from: null, to: null });
  const [level, setLevel] = useState<AlertLevel | null>(null);
  const filter = useMemo(() => periodFilter(period, custom, level), [period, custom, level]);
  const alerts = useAlerts(filter);
  // Agents may not read the settings; the map then draws no tiles.
  const settings = useAlertSettings(roleAtLeast(me.role, 'supervisor'));
  // `?alerta=<id>` opens that alert: where a staff push leads when clicked (ALR-04).
  const [params, setParams] = useSearchParams();
  const [openId, setOpenId] = useState<string | null>(() => params.get('alerta'));
  const rows = alerts.data?.alerts;
  const open = rows?.find((a) => a.id === openId) ?? null;
  const select = (a: AlertView) => setOpenId(a.id);
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language);

  return (
    <Stack gap="lg">
      <PageHeader title={t('alerts.monitor.title')} subtitle={t('alerts.monitor.subtitle')} actions={<PushToggle />} />
      <Group align="flex-end" gap="md" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="alerts-period">
            {t('alerts.monitor.period')}
          </Text>
          <SegmentedControl
            aria-labelledby="alerts-period"
            value={period}
            onChange={(v) => setPeriod(v as Period)}
            data={(['today', '7d', '30d', 'custom'] as const).map((p) => ({ value: p, label: t(`alerts.monitor.periods.${p}`) }))}
          />
        </Stack>
        {period === 'custom' && (
          <>
            <TextInput
              type="date"
              label={t('alerts.monitor.from')}
              value={custom.from ?? ''}
              onChange={(e) => setCustom({ ...custom, from: e.currentTarget.value || null })}
            />
            <TextInput
              type="date"
              label={t('alerts.monitor.to')}
              value={custom.to ?? ''}
              onChange={(e) => setCustom({ ...custom, to: e.currentTarget.value || null })}
            />
          </>
        )}
        <Select
          label={t('alerts.monitor.levelFilter')}
          placeholder={t('alerts.monitor.allLevels')}
          clearable
          value={level}
          onChange={(v) => setLevel(v as AlertLevel | null)}
          data={alertLevels.map((l) => ({ value: l, label: t(`alerts.level.${l}`) }))}
        />
      </Group>
      <SimpleGrid cols={3} role="list" aria-label={t('alerts.monitor.counts')}>
        {alertLevels.map((l) => (
          <Paper key={l} role="listitem" withBorder radius="lg" p="md" style={{ borderLeft: `6px solid ${levelColor[l].hex}` }}>
            <Text size="sm" c="dimmed">
              {t(`alerts.level.${l}`)}
            </Text>
            <Text fz={28} fw={700} aria-label={`${t(`alerts.level.${l}`)}: ${alerts.data?.counts[l] ?? 0}`}>
              {alerts.data?.counts[l] ?? 0}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <ErrorAlert error={alerts.error} />
      <AlertsMap alerts={rows ?? []} tileUrl={settings.data?.tileUrl ?? null} onSelect={select} />
      <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
        <Table.ScrollContainer minWidth={640}>
          <Table highlightOnHover verticalSpacing="sm" aria-label={t('alerts.monitor.list')}>
            <Table.Thead bg="gray.0">
              <Table.Tr>
                {(['level', 'user', 'firedAt', 'location', 'state'] as const).map((c) => (
                  <Table.Th key={c}>{t(`alerts.monitor.columns.${c}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows?.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text c="dimmed" ta="center" py="md">
                      {t('alerts.monitor.empty')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {rows?.map((a) => (
                <Table.Tr key={a.id} style={{ cursor: 'pointer' }} onClick={() => select(a)}>
                  <Table.Td>
                    <LevelBadge level={a.level} />
                  </Table.Td>
                  <Table.Td>
                    <UnstyledButton aria-label={t('alerts.monitor.open', { name: a.appUser.name })} onClick={() => select(a)}>
                      <Text size="sm" fw={600}>
                        {a.appUser.name}
                      </Text>
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td>{when(a.firedAt)}</Table.Td>
                  <Table.Td>{a.location ? `${a.location.lat.toFixed(4)}, ${a.location.lng.toFixed(4)}` : t('alerts.card.noLocation')}</Table.Td>
                  <Table.Td>
                    <StateBadge state={a.state} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {open && (
        <AlertDrawer
          alert={open}
          onClose={() => {
            setOpenId(null);
            if (params.has('alerta')) setParams({}, { replace: true });
          }}
        />
      )}
    </Stack>
  );
}
