import { Text, Timeline } from '@mantine/core';
import { IconPoint } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useQueues } from '../../admin/hooks/use-queues';
import { useDirectory } from '../../dialer/hooks/use-directory';
import type { AttendanceEvent } from '../api';
import { eventAuthor, eventNote, eventTitle, type Names } from '../event-text';
import { formatDateTime } from '../time-format';

type Props = {
  events: AttendanceEvent[];
  /** How instants read; the panels' drawer passes its "DD/MM/AAAA HH:MM:SS" (PAN-05). */
  formatTime?: (iso: string, locale: string) => string;
};

/**
 * SPEC ATT-10, PAN-05: every action on the attendance with its author and time, oldest first.
 * The attendance screen's "Eventos" tab and the panels' attendance drawer both show this one.
 */
export function EventsTab({ events, formatTime = formatDateTime }: Props) {
  const { t, i18n } = useTranslation();
  const staff = useDirectory('', true);
  const queues = useQueues();
  const names: Names = {
    user: (id) => staff.data?.find((u) => u.id === id)?.name ?? null,
    queue: (id) => queues.data?.find((q) => q.id === id)?.name ?? null,
    date: (iso) => formatTime(iso, i18n.language),
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
        const note = eventNote(e);
        return (
          <Timeline.Item key={e.id} bullet={<IconPoint size={12} />} title={eventTitle(t, e, names)} role="listitem">
            {note && (
              <Text size="sm" mt={2} style={{ wordBreak: 'break-word' }}>
                {t(`attendances.events.${note.kind}`, { comment: note.text })}
              </Text>
            )}
            <Text size="xs" c="dimmed" mt={2}>
              {eventAuthor(t, e, names)} · {names.date(e.createdAt)}
            </Text>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
