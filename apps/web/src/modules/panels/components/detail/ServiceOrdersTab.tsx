import type { ServiceOrder } from '@atende/shared';
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../../ui/ConfirmModal';
import { ErrorAlert } from '../../../../ui/ErrorAlert';
import { useNotify } from '../../../../ui/use-notify';
import { RowAction } from '../../../../ui/RowAction';
import { deleteServiceOrder, listServiceOrders, panelKeys } from '../../api';
import { formatDateTime } from '../../format';
import { useAttendanceAction } from '../../hooks/use-attendance-action';
import { useMyTools } from '../../hooks/use-my-tools';
import { enumLabel } from '../../labels';
import { ServiceOrderFormModal } from './ServiceOrderFormModal';

type Dialog = { kind: 'form'; order: ServiceOrder | null } | { kind: 'remove'; order: ServiceOrder } | null;

/** SPEC PAN-06: the attendance's service orders; adding, editing and removing need ORG-03's tool. */
export function ServiceOrdersTab({ attendanceId }: { attendanceId: string }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const allowed = useMyTools();
  const manage = allowed('service_order.manage');
  const orders = useQuery({
    queryKey: panelKeys.orders(attendanceId),
    queryFn: ({ signal }) => listServiceOrders(attendanceId, signal),
    select: (d) => d.items,
  });
  const [dialog, setDialog] = useState<Dialog>(null);
  const remove = useAttendanceAction(attendanceId, (_a: string, orderId: string) => deleteServiceOrder(orderId));
  const close = () => setDialog(null);

  return (
    <Stack gap="sm">
      <ErrorAlert error={orders.error} />
      {manage && (
        <Group justify="flex-end">
          <Button size="xs" leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'form', order: null })}>
            {t('panels.serviceOrders.add')}
          </Button>
        </Group>
      )}
      {orders.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('panels.serviceOrders.empty')}
        </Text>
      )}
      {!!orders.data?.length && (
        <Table aria-label={t('panels.serviceOrders.title')} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('panels.serviceOrders.code')}</Table.Th>
              <Table.Th>{t('panels.serviceOrders.status')}</Table.Th>
              <Table.Th>{t('panels.serviceOrders.scheduledAt')}</Table.Th>
              <Table.Th>{t('panels.serviceOrders.description')}</Table.Th>
              {manage && <Table.Th>{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {orders.data.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td>{o.code}</Table.Td>
                <Table.Td>
                  <Badge variant="light">{enumLabel(t, 'serviceOrderStatus', o.status)}</Badge>
                </Table.Td>
                <Table.Td>{o.scheduledAt ? formatDateTime(o.scheduledAt, i18n.language) : '—'}</Table.Td>
                <Table.Td>{o.description}</Table.Td>
                {manage && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <RowAction
                        label={t('panels.serviceOrders.edit', { code: o.code })}
                        icon={<IconPencil size={16} />}
                        onClick={() => setDialog({ kind: 'form', order: o })}
                      />
                      <RowAction
                        label={t('panels.serviceOrders.remove', { code: o.code })}
                        icon={<IconTrash size={16} />}
                        color="red"
                        onClick={() => setDialog({ kind: 'remove', order: o })}
                      />
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {dialog?.kind === 'form' && <ServiceOrderFormModal attendanceId={attendanceId} order={dialog.order} onClose={close} />}
      {dialog?.kind === 'remove' && (
        <ConfirmModal
          opened
          danger
          title={t('panels.serviceOrders.remove', { code: dialog.order.code })}
          text={t('panels.serviceOrders.removeConfirm', { code: dialog.order.code })}
          confirmLabel={t('panels.serviceOrders.remove', { code: dialog.order.code })}
          loading={remove.isPending}
          error={remove.error}
          onClose={close}
          onConfirm={() => remove.mutate(dialog.order.id, { onSuccess: () => (notify.success(t('panels.serviceOrders.removed')), close()) })}
        />
      )}
    </Stack>
  );
}
