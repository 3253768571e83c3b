import type { TFunction } from 'i18next';
import { i18nResources } from '@atende/shared/i18n';
import { describe, expect, it } from 'vitest';
import type { AttendanceEvent } from './api';
import { eventAuthor, eventNote, eventTitle, knownEventTypes, type Names } from './event-text';

const t = ((key: string, values?: Record<string, unknown>) =>
  `${key}${values && Object.keys(values).length ? ` ${JSON.stringify(values)}` : ''}`) as unknown as TFunction;
const U = '00000000-0000-4000-8000-000000000001';
const Q = '00000000-0000-4000-8000-000000000002';
const names: Names = { user: (id) => (id === U ? 'Alice' : null), queue: (id) => (id === Q ? 'Atendimento' : null), date: (iso) => `<${iso}>` };
const event = (type: string, data: Record<string, unknown> = {}): AttendanceEvent => ({
  id: 1,
  type,
  actorId: null,
  actorToken: null,
  data,
  createdAt: '2026-01-01T00:00:00Z',
});

// The types the attendances and service modules write (contract "Event types written", PAN-05).
const WRITTEN = [
  'information_registered',
  'request_registered',
  'form_answered',
  'created',
  'assigned',
  'released',
  'protocol_issued',
  'started',
  'finished',
  'transferred',
  'person_linked',
  'person_unlinked',
  'survey_answered',
  'details_changed',
  'description_changed',
  'sla_defined',
  'sla_incremented',
  'sla_paused',
  'sla_resumed',
  'process_forwarded',
  'subprocess_started',
  'subprocess_closed',
  'service_order_created',
  'service_order_updated',
  'service_order_viewed',
  'service_order_removed',
  'taken',
  'panel_released',
  'survey_resent',
  'attachment_downloaded',
  'transcript_opened',
  // The voice module's keypad (VOX-02).
  'call_dtmf',
];

describe('eventAuthor', () => {
  it('tells a click, an action through an API token and the system apart', () => {
    expect(eventAuthor(t, { ...event('finished'), actorId: U }, names)).toBe('attendances.events.by {"name":"Alice"}');
    expect(eventAuthor(t, { ...event('finished'), actorId: U, actorToken: { id: Q, name: 'ERP' } }, names)).toBe(
      'attendances.events.byToken {"name":"Alice","token":"ERP"}',
    );
    expect(eventAuthor(t, event('finished'), names)).toBe('attendances.events.system');
  });

  it('reads "<name> via token <token>" in both languages', () => {
    for (const [lang, expected] of [
      ['pt-BR', 'por Alice via token ERP'],
      ['en', 'by Alice via token ERP'],
    ] as const) {
      const byToken = (i18nResources[lang].translation as { attendances: { events: { byToken: string } } }).attendances.events.byToken;
      expect(byToken.replace('{{name}}', 'Alice').replace('{{token}}', 'ERP')).toBe(expected);
    }
  });
});

describe('eventTitle', () => {
  it('names the people, queues and values involved', () => {
    expect(eventTitle(t, event('assigned', { userId: U }), names)).toBe('attendances.events.types.assigned {"user":"Alice"}');
    expect(eventTitle(t, event('protocol_issued', { protocol: '2026-0000000001' }), names)).toBe(
      'attendances.events.types.protocol_issued {"protocol":"2026-0000000001"}',
    );
    expect(eventTitle(t, event('transferred', { toUserId: U, toQueueId: null }), names)).toBe(
      'attendances.events.types.transferred {"target":"Alice"}',
    );
    expect(eventTitle(t, event('transferred', { toUserId: null, toQueueId: Q }), names)).toBe(
      'attendances.events.types.transferred {"target":"attendances.events.queue {\\"name\\":\\"Atendimento\\"}"}',
    );
    expect(eventTitle(t, event('finished', { classification: 'Dúvida esclarecida' }), names)).toBe(
      'attendances.events.types.finished {"classification":"Dúvida esclarecida"}',
    );
    expect(eventTitle(t, event('survey_answered', { rating: 5 }), names)).toBe('attendances.events.types.survey_answered {"rating":"5"}');
    expect(eventTitle(t, event('started'), names)).toBe('attendances.events.types.started');
  });

  it('tells the keys pressed on a call and who pressed them (VOX-02)', () => {
    expect(eventTitle(t, event('call_dtmf', { digits: '5', from: 'caller' }), names)).toBe(
      'attendances.events.types.call_dtmf {"digits":"5","who":"attendances.events.dtmfFrom.caller"}',
    );
    expect(eventTitle(t, event('call_dtmf', { digits: '12#', from: 'agent' }), names)).toBe(
      'attendances.events.types.call_dtmf {"digits":"12#","who":"attendances.events.dtmfFrom.agent"}',
    );
  });

  it('labels the service module’s events with their data', () => {
    expect(eventTitle(t, event('sla_defined', { policyName: 'Padrão', dueAt: '2026-01-02T12:00:00Z' }), names)).toBe(
      'attendances.events.types.sla_defined {"policy":"Padrão","due":"<2026-01-02T12:00:00Z>"}',
    );
    expect(eventTitle(t, event('sla_defined', { policyName: null, dueAt: null }), names)).toBe('attendances.events.types.sla_cleared');
    expect(
      eventTitle(
        t,
        event('sla_incremented', {
          reasonName: 'Peça',
          unit: 'days',
          quantity: 2,
          previousDueAt: '2026-01-02T12:00:00Z',
          newDueAt: '2026-01-04T12:00:00Z',
        }),
        names,
      ),
    ).toBe(
      'attendances.events.types.sla_incremented {"amount":"attendances.events.units.days {\\"count\\":2}","reason":"Peça","previous":"<2026-01-02T12:00:00Z>","due":"<2026-01-04T12:00:00Z>"}',
    );
    expect(eventTitle(t, event('details_changed', { fields: ['companyId', 'address.city'] }), names)).toBe(
      'attendances.events.types.details_changed {"fields":"attendances.events.fields.companyId {\\"defaultValue\\":\\"companyId\\"}, attendances.events.fields.address.city {\\"defaultValue\\":\\"address.city\\"}"}',
    );
    expect(eventTitle(t, event('service_order_viewed', { code: 7, codes: [6, 7] }), names)).toBe(
      'attendances.events.types.service_order_viewed {"code":"6, 7"}',
    );
    expect(eventTitle(t, event('taken', { userName: 'Bruno' }), names)).toBe('attendances.events.types.taken {"user":"Bruno"}');
    expect(eventTitle(t, event('panel_released', { userName: null, userId: U }), names)).toBe(
      'attendances.events.types.panel_released {"user":"Alice"}',
    );
    expect(eventTitle(t, event('subprocess_closed', { subprocessName: null }), names)).toBe(
      'attendances.events.types.subprocess_closed {"subprocess":"—"}',
    );
    expect(eventTitle(t, event('attachment_downloaded', { fileName: 'boleto.pdf' }), names)).toBe(
      'attendances.events.types.attachment_downloaded {"file":"boleto.pdf"}',
    );
  });

  it('knows every type written today, each translated in both languages', () => {
    expect([...knownEventTypes].sort()).toEqual([...WRITTEN].sort());
    for (const lang of ['pt-BR', 'en'] as const) {
      const types = (i18nResources[lang].translation as { attendances: { events: { types: Record<string, string> } } }).attendances.events.types;
      for (const type of [...WRITTEN, 'sla_cleared', 'other']) expect(types[type], `${lang} ${type}`).toBeTruthy();
    }
  });

  it('shows an unknown event by its type instead of failing', () => {
    expect(eventTitle(t, event('sla_breached'), names)).toBe('attendances.events.types.other {"type":"sla_breached"}');
    expect(eventTitle(t, event('assigned', { userId: 'x' }), names)).toBe('attendances.events.types.assigned {"user":"—"}');
  });
});

describe('eventNote', () => {
  it('is the comment of transfers, finishes, surveys and forwards, or the SLA observations', () => {
    expect(eventNote(event('transferred', { comment: ' cliente VIP ' }))).toEqual({ kind: 'comment', text: 'cliente VIP' });
    expect(eventNote(event('process_forwarded', { comment: 'Para a técnica' }))).toEqual({ kind: 'comment', text: 'Para a técnica' });
    expect(eventNote(event('sla_paused', { observations: 'Aguardando peça' }))).toEqual({ kind: 'observations', text: 'Aguardando peça' });
    expect(eventNote(event('finished', { comment: '' }))).toBeNull();
    expect(eventNote(event('created', { comment: 'x' }))).toBeNull();
  });
});
