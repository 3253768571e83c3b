import { serviceOrderStatuses, type ServiceOrder } from '@atende/shared';
import { Select, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../../ui/FormModal';
import { useNotify } from '../../../../ui/use-notify';
import { createServiceOrder, patchServiceOrder } from '../../api';
import { useAttendanceAction } from '../../hooks/use-attendance-action';
import { enumLabel } from '../../labels';

type Status = ServiceOrder['status'];

/** 'YYYY-MM-DDTHH:MM' in local time, for a datetime-local input. */
function localInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** SPEC PAN-06: one service order's status, schedule and description. */
export function ServiceOrderFormModal({ attendanceId, order, onClose }: { attendanceId: string; order: ServiceOrder | null; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [status, setStatus] = useState<Status>(order?.status ?? 'unscheduled');
  const [scheduled, setScheduled] = useState(localInput(order?.scheduledAt ?? null));
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
        const scheduledAt = scheduled ? new Date(scheduled).toISOString() : null;
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
      <TextInput type="datetime-local" label={t('panels.serviceOrders.scheduledAt')} value={scheduled} onChange={(e) => setScheduled(e.currentTarget.value)} />
      <Textarea label={t('panels.serviceOrders.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={3} />
    </FormModal>
  );
}
