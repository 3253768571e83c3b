import type { TFunction } from 'i18next';
import type { AttendanceEvent } from './api';

// SPEC ATT-10, PAN-05: every action on an attendance, as one line of its timeline in the user's
// language. The event types are the attendances module's and the service module's (panels'
// tools); a type this console does not know yet still shows, by its raw name.

export type Names = {
  user: (id: unknown) => string | null;
  queue: (id: unknown) => string | null;
  /** A stored instant (ISO) as the user reads it. */
  date: (iso: string) => string;
};

type Data = Record<string, unknown>;
type Values = (d: Data, t: TFunction, names: Names) => Record<string, unknown>;

const str = (v: unknown) => (typeof v === 'string' ? v : v == null ? '' : String(v));
const orDash = (v: unknown) => str(v).trim() || '—';
const when = (names: Names, v: unknown) => (typeof v === 'string' && v ? names.date(v) : '—');

// The interpolation values of each known type; its keys are the types this console knows.
const VALUES = {
  created: () => ({}),
  assigned: (d, _t, n) => ({ user: n.user(d.userId) ?? '—' }),
  released: () => ({}),
  protocol_issued: (d) => ({ protocol: str(d.protocol) }),
  started: () => ({}),
  transferred: (d, t, n) => {
    const queue = n.queue(d.toQueueId);
    return { target: n.user(d.toUserId) ?? (queue ? t('attendances.events.queue', { name: queue }) : '—') };
  },
  finished: (d) => ({ classification: str(d.classification) }),
  person_linked: () => ({}),
  person_unlinked: () => ({}),
  survey_answered: (d) => ({ rating: str(d.rating) }),
  details_changed: (d, t) => ({
    fields:
      Array.isArray(d.fields) && d.fields.length
        ? d.fields.map((f) => t(`attendances.events.fields.${str(f)}`, { defaultValue: str(f) })).join(', ')
        : '—',
  }),
  description_changed: () => ({}),
  sla_defined: (d, _t, n) => ({ policy: orDash(d.policyName), due: when(n, d.dueAt) }),
  sla_incremented: (d, t, n) => ({
    amount:
      d.unit === 'hours' || d.unit === 'days' ? t(`attendances.events.units.${d.unit}`, { count: Number(d.quantity) || 0 }) : orDash(d.quantity),
    reason: orDash(d.reasonName),
    previous: when(n, d.previousDueAt),
    due: when(n, d.newDueAt),
  }),
  sla_paused: (d) => ({ reason: orDash(d.reasonName) }),
  sla_resumed: (d, _t, n) => ({ due: when(n, d.newDueAt) }),
  process_forwarded: (d) => ({ process: orDash(d.processName) }),
  subprocess_started: (d, _t, n) => ({ subprocess: orDash(d.subprocessName), due: when(n, d.dueAt) }),
  subprocess_closed: (d) => ({ subprocess: orDash(d.subprocessName) }),
  service_order_created: (d) => ({ code: orDash(d.code) }),
  service_order_updated: (d) => ({ code: orDash(d.code) }),
  service_order_viewed: (d) => ({ code: Array.isArray(d.codes) && d.codes.length ? d.codes.map(str).join(', ') : orDash(d.code) }),
  service_order_removed: (d) => ({ code: orDash(d.code) }),
  taken: (d, _t, n) => ({ user: str(d.userName).trim() || (n.user(d.userId) ?? '—') }),
  panel_released: (d, _t, n) => ({ user: str(d.userName).trim() || (n.user(d.userId) ?? '—') }),
  survey_resent: () => ({}),
  attachment_downloaded: (d) => ({ file: orDash(d.fileName) }),
  // SPEC CRM-02: the chat transcript's signed link, opened from a CRM Task.
  transcript_opened: () => ({}),
  // SPEC KB-02, KB-03, ATT-12: the knowledge module's events.
  information_registered: (d) => ({ title: orDash(d.title) }),
  request_registered: (d) => ({ protocol: orDash(d.protocol), title: orDash(d.title) }),
  form_answered: (d) => ({ form: orDash(d.form) }),
  // SPEC VOX-02: keys pressed on a call's keypad, by the agent or (built-in calls) the caller.
  call_dtmf: (d, t) => ({ digits: orDash(d.digits), who: t(`attendances.events.dtmfFrom.${d.from === 'caller' ? 'caller' : 'agent'}`) }),
} satisfies Record<string, Values>;
type Known = keyof typeof VALUES;
const isKnown = (type: string): type is Known => Object.hasOwn(VALUES, type);

/** The event types this console labels (everything else reads "Evento: <type>"). */
export const knownEventTypes: readonly string[] = Object.keys(VALUES);

/** What happened. */
export function eventTitle(t: TFunction, e: AttendanceEvent, names: Names): string {
  if (!isKnown(e.type)) return t('attendances.events.types.other', { type: e.type });
  // A policy removed (no policy applies any more) is still 'sla_defined', with no policy name.
  if (e.type === 'sla_defined' && !e.data.policyName) return t('attendances.events.types.sla_cleared');
  return t(`attendances.events.types.${e.type}`, VALUES[e.type](e.data, t, names));
}

const COMMENTED = new Set(['transferred', 'finished', 'survey_answered', 'process_forwarded', 'subprocess_closed']);
const OBSERVED = new Set(['sla_incremented', 'sla_paused', 'sla_resumed']);

/**
 * Who did it: a user, a user through an API token (SPEC PLT-02: "<name> via token <token>", so an
 * audit tells an integration from a click), or the system.
 */
export function eventAuthor(t: TFunction, e: AttendanceEvent, names: Names): string {
  const name = names.user(e.actorId);
  if (e.actorToken) return t('attendances.events.byToken', { name: name ?? '—', token: e.actorToken.name });
  return name ? t('attendances.events.by', { name }) : t('attendances.events.system');
}

/** The free text that came with it: a comment (transfer, finish, survey, forward…) or SLA observations. */
export function eventNote(e: AttendanceEvent): { kind: 'comment' | 'observations'; text: string } | null {
  const kind = COMMENTED.has(e.type) ? 'comment' : OBSERVED.has(e.type) ? 'observations' : null;
  const text = str(kind === 'observations' ? e.data.observations : e.data.comment).trim();
  return kind && text ? { kind, text } : null;
}
