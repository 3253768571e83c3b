import type { WebhookEvent } from '@atende/shared';

// SPEC PLT-03: which domain event is delivered as which webhook event. Calls report every change as
// one `call.changed`: an answer is the webhook's `call.started` (the conversation began), the end is
// `call.ended`; ringing and hold changes are not delivered. Alert events carry the same name in
// the outbox; they are delivered as soon as that feature emits them.
const FROM_DOMAIN: Record<string, WebhookEvent> = {
  'attendance.created': 'attendance.created',
  'attendance.assigned': 'attendance.assigned',
  'attendance.finished': 'attendance.finished',
  'attendance.message': 'message.created',
  'attendance.rated': 'survey.answered',
  'recording.ready': 'recording.ready',
  'alert.created': 'alert.created',
};

const FROM_CALL_KIND: Record<string, WebhookEvent> = { answered: 'call.started', ended: 'call.ended' };

export function webhookEventFor(domainType: string, payload?: unknown): WebhookEvent | null {
  if (domainType === 'call.changed') return FROM_CALL_KIND[(payload as { kind?: string } | undefined)?.kind ?? ''] ?? null;
  return FROM_DOMAIN[domainType] ?? null;
}
