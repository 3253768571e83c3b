import { Button, Group, Text } from '@mantine/core';
import { IconCloud } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAttendanceSalesforce, useRetrySalesforceSync } from '../hooks/use-salesforce';

const color = { pending: 'dimmed', synced: 'teal', failed: 'red' } as const;

/** SPEC CRM-03: the attendance's Salesforce line — "sincronizado (Caso …)" or "não sincronizado — Tentar novamente". */
export function SalesforceStatus({ attendanceId }: { attendanceId: string }) {
  const { t } = useTranslation();
  const query = useAttendanceSalesforce(attendanceId);
  const retry = useRetrySalesforceSync();
  const sync = query.data?.sync;
  if (!query.data?.enabled || !sync) return null;
  return (
    <Group gap="xs" px="md" py={4} role="status" aria-live="polite">
      <IconCloud size={16} aria-hidden />
      <Text size="sm" c={color[sync.status]}>
        {t(`salesforce.status.${sync.status}`, { caseId: sync.caseId ?? '' })}
      </Text>
      {sync.status === 'failed' && (
        <Button size="compact-xs" variant="subtle" loading={retry.isPending} onClick={() => retry.mutate(sync.id)}>
          {t('salesforce.retry')}
        </Button>
      )}
    </Group>
  );
}
