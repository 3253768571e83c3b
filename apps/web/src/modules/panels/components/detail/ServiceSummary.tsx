import { formatDocument, type AttendanceService } from '@atende/shared';
import { Badge, Divider, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatHours } from '../../format';
import { columnLabel, enumLabel, stateColor } from '../../labels';
import { Field } from '../Field';

/** The attendance's service data, with the grid's column names (PAN-01) and its subprocess runs (PAN-03). */
export function ServiceSummary({ service: s }: { service: AttendanceService }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '');
  const a = s.address;
  // The document as people write it (000.000.000-00), like every other screen (PER-02).
  const person = [s.personName, s.personDocument && formatDocument(s.personDocument)].filter(Boolean).join(' — ');
  return (
    <Stack gap="md">
      <Group gap="sm">
        <Badge variant="light">{t(`panels.values.status.${s.status}`)}</Badge>
        <Badge variant="light" color={stateColor[s.sla.state]}>
          {t('panels.detail.sla')}: {enumLabel(t, 'slaState', s.sla.state)}
        </Badge>
        <Badge variant="light" color="gray">
          {columnLabel(t, 'serviceOrderStatus')}: {enumLabel(t, 'serviceOrderStatus', s.serviceOrderStatus)}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Field label={columnLabel(t, 'nameDocument')} value={person} />
        <Field label={columnLabel(t, 'createdAt')} value={date(s.createdAt)} />
        <Field label={columnLabel(t, 'assigneeName')} value={s.assigneeName ?? t('panels.values.unassigned')} />
        <Field label={columnLabel(t, 'companyName')} value={s.companyName ?? ''} />
        <Field label={columnLabel(t, 'teamName')} value={s.teamName ?? ''} />
        <Field label={columnLabel(t, 'contactOriginName')} value={s.contactOriginName ?? ''} />
        <Field label={columnLabel(t, 'openingClassificationName')} value={s.openingClassificationName ?? ''} />
        <Field label={columnLabel(t, 'processName')} value={s.processName ?? ''} />
        <Field label={columnLabel(t, 'subprocessName')} value={s.subprocessName ?? ''} />
        <Field label={columnLabel(t, 'subprocessDueAt')} value={date(s.subprocessDueAt)} />
        <Field label={t('panels.detail.slaDue')} value={date(s.sla.dueAt)} />
        <Field label={t('panels.detail.remaining')} value={formatHours(s.sla.remainingHours, i18n.language)} />
        <Field label={t('panels.detail.openedBy')} value={s.openedByName ?? ''} />
        <Field label={columnLabel(t, 'finishedAt')} value={date(s.finishedAt)} />
        <Field label={t('panels.detail.finishedBy')} value={s.finishedByName ?? ''} />
        <Field label={columnLabel(t, 'closingClassificationName')} value={s.closingClassificationName ?? ''} />
      </SimpleGrid>
      <Field label={t('panels.form.description')} value={s.description ?? ''} />
      <Field label={t('panels.form.address')} value={[a.street, a.number, a.district, a.city, a.state, a.cep, a.condo].filter(Boolean).join(', ')} />
      {s.subprocessRuns.length > 0 && (
        <>
          <Divider label={t('panels.detail.subprocessRuns')} labelPosition="left" />
          <Stack gap={6}>
            {s.subprocessRuns.map((r) => (
              <Text key={r.id} size="sm">
                <b>
                  {r.processName} › {r.subprocessName}
                </b>{' '}
                —{' '}
                {r.endedAt
                  ? t('panels.detail.runEnded', { at: date(r.endedAt), name: r.endedByName ?? t('panels.events.system') })
                  : t('panels.detail.runOpen', { due: date(r.dueAt) })}
              </Text>
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}
