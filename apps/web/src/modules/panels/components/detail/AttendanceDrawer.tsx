import { Drawer, Loader, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../ui/ErrorAlert';
import { EventsTab } from '../../../attendances/components/EventsTab';
import { formatDateTime } from '../../format';
import { useAttendanceDetail, useAttendanceService } from '../../hooks/use-attendance-service';
import { AttachmentsTab } from './AttachmentsTab';
import { ServiceOrdersTab } from './ServiceOrdersTab';
import { ServiceSummary } from './ServiceSummary';

/** SPEC PAN-07: a double-click opens the attendance — its data, events (PAN-05), attachments and O.S. (PAN-06). */
export function AttendanceDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const service = useAttendanceService(id);
  const detail = useAttendanceDetail(id);
  const s = service.data;
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="xl"
      title={t('panels.detail.title', { code: s ? (s.protocol ? `${s.code} · ${s.protocol}` : s.code) : '' })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <ErrorAlert error={service.error ?? detail.error} />
      {!s && !service.error && <Loader size="sm" />}
      {s && (
        <Tabs defaultValue="data" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="data">{t('panels.detail.tabs.data')}</Tabs.Tab>
            <Tabs.Tab value="events">{t('panels.detail.tabs.events')}</Tabs.Tab>
            <Tabs.Tab value="attachments">{t('panels.detail.tabs.attachments')}</Tabs.Tab>
            <Tabs.Tab value="serviceOrders">{t('panels.detail.tabs.serviceOrders')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="data">
            <ServiceSummary service={s} />
          </Tabs.Panel>
          <Tabs.Panel value="events">
            {detail.data ? <EventsTab events={detail.data.events} formatTime={formatDateTime} /> : <Loader size="sm" />}
          </Tabs.Panel>
          <Tabs.Panel value="attachments">
            {detail.data ? <AttachmentsTab attendanceId={id} messages={detail.data.messages} /> : <Loader size="sm" />}
          </Tabs.Panel>
          <Tabs.Panel value="serviceOrders">
            <ServiceOrdersTab attendanceId={id} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Drawer>
  );
}
