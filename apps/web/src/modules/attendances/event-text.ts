import type { TFunction } from 'i18next';
import type { AttendanceEvent } from './api';

// SPEC ATT-10: every action on an attendance, as one line of its timeline in the user's language.

export type Names = { user: (id: unknown) => string | null; queue: (id: unknown) => string | null };

const KNOWN = ['created', 'assigned', 'released', 'protocol_issued', 'started', 'transferred', 'finished', 'person_linked', 'person_unlinked', 'survey_answered'] as const;
type Known = (typeof KNOWN)[number];
const isKnown = (type: string): type is Known => (KNOWN as readonly string[]).includes(type);

const str = (v: unknown) => (typeof v === 'string' ? v : v == null ? '' : String(v));

/** What happened. */
export function eventTitle(t: TFunction, e: AttendanceEvent, names: Names): string {
  const d = e.data;
  if (!isKnown(e.type)) return t('attendances.events.types.other', { type: e.type });
  switch (e.type) {
    case 'assigned':
      return t('attendances.events.types.assigned', { user: names.user(d.userId) ?? '—' });
    case 'protocol_issued':
      return t('attendances.events.types.protocol_issued', { protocol: str(d.protocol) });
    case 'transferred': {
      const queue = names.queue(d.toQueueId);
      const target = names.user(d.toUserId) ?? (queue ? t('attendances.events.queue', { name: queue }) : '—');
      return t('attendances.events.types.transferred', { target });
    }
    case 'finished':
      return t('attendances.events.types.finished', { classification: str(d.classification) });
    case 'survey_answered':
      return t('attendances.events.types.survey_answered', { rating: str(d.rating) });
    default:
      return t(`attendances.events.types.${e.type}`);
  }
}

/** The comment that came with it (transfer, finish, survey), if any. */
export function eventComment(e: AttendanceEvent): string | null {
  const comment = str(e.data.comment).trim();
  return comment && ['transferred', 'finished', 'survey_answered'].includes(e.type) ? comment : null;
}
