import type { WebhookEvent } from '@atende/shared';

// SPEC PLT-03: which domain event is delivered as which webhook event. Call, recording and alert
// events carry the same name in the outbox; they are delivered as soon as those features emit them.
const FROM_DOMAIN: Record<string, WebhookEvent> = {
  'attendance.created': 'attendance.created',
  'attendance.assigned': 'attendance.assigned',
  'attendance.finished': 'attendance.finished',
  'attendance.message': 'message.created',
  'attendance.rated': 'survey.answered',
  'call.started': 'call.started',
  'call.ended': 'call.ended',
  'recording.ready': 'recording.ready',
  'alert.created': 'alert.created',
};

export function webhookEventFor(domainType: string): WebhookEvent | null {
  return FROM_DOMAIN[domainType] ?? null;
}
