import { Text, Timeline } from '@mantine/core';
import { IconPoint } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useQueues } from '../../admin/hooks/use-queues';
import { useDirectory } from '../../dialer/hooks/use-directory';
import type { AttendanceEvent } from '../api';
import { eventComment, eventTitle, type Names } from '../event-text';
import { formatDateTime } from '../time-format';

/** SPEC ATT-10: every action on the attendance with its author and time, oldest first. */
export function EventsTab({ events }: { events: AttendanceEvent[] }) {
  const { t, i18n } = useTranslation();
  const staff = useDirectory('', true);
  const queues = useQueues();
  const names: Names = {
    user: (id) => staff.data?.find((u) => u.id === id)?.name ?? null,
    queue: (id) => queues.data?.find((q) => q.id === id)?.name ?? null,
  };
  if (!events.length) {
    return (
      <Text size="sm" c="dimmed">
        {t('attendances.events.empty')}
      </Text>
    );
  }
  return (
    <Timeline
      bulletSize={18}
      lineWidth={2}
      active={events.length - 1}
      aria-label={t('attendances.events.label')}
      role="list"
      styles={{ itemTitle: { fontSize: 'var(--mantine-font-size-sm)', fontWeight: 600 } }}
    >
      {events.map((e) => {
        const comment = eventComment(e);
        const author = names.user(e.actorId);
        return (
          <Timeline.Item key={e.id} bullet={<IconPoint size={12} />} title={eventTitle(t, e, names)} role="listitem">
            {comment && (
              <Text size="sm" mt={2} style={{ wordBreak: 'break-word' }}>
                {t('attendances.events.comment', { comment })}
              </Text>
            )}
            <Text size="xs" c="dimmed" mt={2}>
              {author ? t('attendances.events.by', { name: author }) : t('attendances.events.system')} · {formatDateTime(e.createdAt, i18n.language)}
            </Text>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
