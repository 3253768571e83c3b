import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { AttendanceEvent } from './api';
import { eventComment, eventTitle, type Names } from './event-text';

const t = ((key: string, values?: Record<string, unknown>) => `${key}${values ? ` ${JSON.stringify(values)}` : ''}`) as unknown as TFunction;
const U = '00000000-0000-4000-8000-000000000001';
const Q = '00000000-0000-4000-8000-000000000002';
const names: Names = { user: (id) => (id === U ? 'Alice' : null), queue: (id) => (id === Q ? 'Atendimento' : null) };
const event = (type: string, data: Record<string, unknown> = {}): AttendanceEvent => ({ id: 1, type, actorId: null, data, createdAt: '2026-01-01T00:00:00Z' });

describe('eventTitle', () => {
  it('names the people, queues and values involved', () => {
    expect(eventTitle(t, event('assigned', { userId: U }), names)).toBe('attendances.events.types.assigned {"user":"Alice"}');
    expect(eventTitle(t, event('protocol_issued', { protocol: '2026-0000000001' }), names)).toBe(
      'attendances.events.types.protocol_issued {"protocol":"2026-0000000001"}',
    );
    expect(eventTitle(t, event('transferred', { toUserId: U, toQueueId: null }), names)).toBe('attendances.events.types.transferred {"target":"Alice"}');
    expect(eventTitle(t, event('transferred', { toUserId: null, toQueueId: Q }), names)).toBe(
      'attendances.events.types.transferred {"target":"attendances.events.queue {\\"name\\":\\"Atendimento\\"}"}',
    );
    expect(eventTitle(t, event('finished', { classification: 'Dúvida esclarecida' }), names)).toBe(
      'attendances.events.types.finished {"classification":"Dúvida esclarecida"}',
    );
    expect(eventTitle(t, event('survey_answered', { rating: 5 }), names)).toBe('attendances.events.types.survey_answered {"rating":"5"}');
    expect(eventTitle(t, event('started'), names)).toBe('attendances.events.types.started');
  });

  it('shows an unknown event by its type instead of failing', () => {
    expect(eventTitle(t, event('sla_breached'), names)).toBe('attendances.events.types.other {"type":"sla_breached"}');
    expect(eventTitle(t, event('assigned', { userId: 'x' }), names)).toBe('attendances.events.types.assigned {"user":"—"}');
  });
});

describe('eventComment', () => {
  it('is the comment of transfers, finishes and survey answers only', () => {
    expect(eventComment(event('transferred', { comment: ' cliente VIP ' }))).toBe('cliente VIP');
    expect(eventComment(event('finished', { comment: '' }))).toBeNull();
    expect(eventComment(event('created', { comment: 'x' }))).toBeNull();
  });
});
