import { serviceOrderStatuses, type ServiceOrder } from '@atende/shared';
import { Select, Textarea } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../../ui/FormModal';
import { useNotify } from '../../../../ui/use-notify';
import { createServiceOrder, patchServiceOrder } from '../../api';
import { useAttendanceAction } from '../../hooks/use-attendance-action';
import { enumLabel } from '../../labels';

type Status = ServiceOrder['status'];

/** 'YYYY-MM-DD HH:mm:ss' in local time, the date-time picker's value. */
const localValue = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : null);

/** SPEC PAN-06: one service order's status, schedule and description. */
export function ServiceOrderFormModal({ attendanceId, order, onClose }: { attendanceId: string; order: ServiceOrder | null; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [status, setStatus] = useState<Status>(order?.status ?? 'unscheduled');
  const [scheduled, setScheduled] = useState(localValue(order?.scheduledAt ?? null));
  const [description, setDescription] = useState(order?.description ?? '');
  const save = useAttendanceAction(attendanceId, (id: string, body: { status: Status; scheduledAt: string | null; description: string }) =>
    order ? patchServiceOrder(order.id, body) : createServiceOrder(id, body),
  );
  return (
    <FormModal
      title={order ? t('panels.serviceOrders.edit', { code: order.code }) : t('panels.serviceOrders.add')}
      onClose={onClose}
      onSubmit={(e) => {
        e.preventDefault();
        const scheduledAt = scheduled ? dayjs(scheduled).toISOString() : null;
        save.mutate({ status, scheduledAt, description }, { onSuccess: () => (notify.success(t('panels.serviceOrders.saved')), onClose()) });
      }}
      error={save.error}
      showError
      pending={save.isPending}
      submitLabel={t('panels.serviceOrders.save')}
    >
      <Select
        label={t('panels.serviceOrders.status')}
        data={serviceOrderStatuses.map((s) => ({ value: s, label: enumLabel(t, 'serviceOrderStatus', s) }))}
        value={status}
        onChange={(v) => v && setStatus(v as Status)}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
      {/* "dd/mm/aaaa hh:mm", whatever the browser's own locale (PAN-06). */}
      <DateTimePicker
        label={t('panels.serviceOrders.scheduledAt')}
        valueFormat={`${t('panelsKit.dates.format')} HH:mm`}
        placeholder={`${t('panelsKit.dates.placeholder')} hh:mm`}
        value={scheduled}
        onChange={setScheduled}
        clearable
        popoverProps={{ withinPortal: true }}
      />
      <Textarea
        label={t('panels.serviceOrders.description')}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        autosize
        minRows={3}
      />
    </FormModal>
  );
}
