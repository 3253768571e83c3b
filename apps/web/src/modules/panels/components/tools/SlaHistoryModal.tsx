import { Button, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../../ui/AppModal';
import { ErrorAlert } from '../../../../ui/ErrorAlert';
import type { SlaHistoryItem } from '../../api';
import { formatDateTime } from '../../format';
import { useSlaHistory } from '../../hooks/use-attendance-service';
import { Field } from '../Field';

/** SPEC PAN-04 "Histórico": the attendance's SLA interventions; double-click one for its details. */
export function SlaHistoryModal({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const history = useSlaHistory(id);
  const [open, setOpen] = useState<SlaHistoryItem | null>(null);
  const date = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '—');
  const amount = (item: SlaHistoryItem) =>
    item.quantity == null ? '—' : t(item.unit === 'days' ? 'panels.history.amountDays' : 'panels.history.amountHours', { value: item.quantity });

  return (
    <AppModal opened onClose={onClose} title={open ? t('panels.history.detailTitle') : t('panels.history.title')} size="xl">
      <ErrorAlert error={history.error} />
      {open ? (
        <Stack gap="md">
          <SimpleGrid cols={2} spacing="sm">
            <Field label={t('panels.history.kind')} value={t(`panels.history.kinds.${open.kind}`)} />
            <Field label={t('panels.history.reason')} value={open.reasonName} />
            <Field label={t('panels.history.createdAt')} value={date(open.createdAt)} />
            <Field label={t('panels.history.createdBy')} value={open.createdByName ?? '—'} />
            <Field label={t('panels.history.amount')} value={amount(open)} />
            <Field label={t('panels.history.previousDue')} value={date(open.previousDueAt)} />
            <Field label={t('panels.history.newDue')} value={date(open.newDueAt)} />
            {open.kind === 'pause' && <Field label={t('panels.history.resumedAt')} value={date(open.resumedAt)} />}
            {open.kind === 'pause' && <Field label={t('panels.history.resumedBy')} value={open.resumedByName ?? '—'} />}
          </SimpleGrid>
          <Field label={t('panels.history.observations')} value={open.observations || '—'} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(null)}>
              {t('panels.sla.back')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table highlightOnHover aria-label={t('panels.history.title')} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('panels.history.createdAt')}</Table.Th>
                <Table.Th>{t('panels.history.kind')}</Table.Th>
                <Table.Th>{t('panels.history.reason')}</Table.Th>
                <Table.Th>{t('panels.history.amount')}</Table.Th>
                <Table.Th>{t('panels.history.previousDue')}</Table.Th>
                <Table.Th>{t('panels.history.newDue')}</Table.Th>
                <Table.Th>{t('panels.history.createdBy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.data?.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={7}>
                    <Text c="dimmed" ta="center" py="md">
                      {t('panels.history.empty')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {history.data?.map((item) => (
                <Table.Tr
                  key={item.id}
                  tabIndex={0}
                  style={{ cursor: 'pointer' }}
                  onDoubleClick={() => setOpen(item)}
                  onKeyDown={(e) => e.key === 'Enter' && setOpen(item)}
                >
                  <Table.Td>{date(item.createdAt)}</Table.Td>
                  <Table.Td>{t(`panels.history.kinds.${item.kind}`)}</Table.Td>
                  <Table.Td>{item.reasonName}</Table.Td>
                  <Table.Td>{amount(item)}</Table.Td>
                  <Table.Td>{date(item.previousDueAt)}</Table.Td>
                  <Table.Td>{date(item.newDueAt)}</Table.Td>
                  <Table.Td>{item.createdByName ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </AppModal>
  );
}
