import type { Platform } from '../../../platform/platform.js';
import { contactRef, waitingInQueue } from '../../attendances/index.js';
import { pushToVisitor, visitorRoom, WIDGET_NAMESPACE } from './widget.gateway.js';

/** SPEC CH-01: what happens to a web-chat conversation reaches the visitor live. */
export function registerWebchatListeners(platform: Platform) {
  const deliver = async (org: string, attendanceId: string, seq?: number) => {
    const ref = await platform.tenant.inTenant(org, null, (s) => contactRef(s, attendanceId));
    if (ref?.channelType !== 'webchat' || !ref.contactIdentity) return ref;
    await pushToVisitor(platform, org, ref.contactIdentity, attendanceId, seq);
    return ref;
  };

  // Messages travel with their event: no reads on the hot path. Notes never reach the visitor.
  platform.events.on('attendance.message', 'webchat.deliver', (e) => {
    const { message, channelType, contactIdentity } = e.payload;
    if (channelType !== 'webchat' || !contactIdentity || message.internal) return;
    platform.realtime.publishIn(WIDGET_NAMESPACE, visitorRoom(e.organizationId, contactIdentity), 'message', { ...message, authorId: null });
  });
  for (const type of ['attendance.queued', 'attendance.finished', 'attendance.transferred', 'attendance.rated'] as const) {
    platform.events.on(type, 'webchat.state', async (e) => {
      await deliver(e.organizationId, e.payload.attendanceId);
    });
  }
  // "Aguardando atendimento" with the position: when one is offered, everyone behind moves up.
  platform.events.on('attendance.assigned', 'webchat.state', async (e) => {
    const ref = await deliver(e.organizationId, e.payload.attendanceId);
    if (!ref?.queueId) return;
    const waiting = await platform.tenant.inTenant(e.organizationId, null, (s) => waitingInQueue(s, ref.queueId!, 200));
    for (const w of waiting) await deliver(e.organizationId, w.id);
  });

  // The agent's typing indicator, for the conversation's own visitor only.
  platform.realtime.onConnection((socket, p) => {
    socket.on('attendance.typing', async (attendanceId: unknown) => {
      if (typeof attendanceId !== 'string' || !/^[0-9a-f-]{36}$/i.test(attendanceId)) return;
      const ref = await platform.tenant.inTenant(p.organizationId, p.userId, (s) => contactRef(s, attendanceId)).catch(() => undefined);
      if (ref?.channelType === 'webchat' && ref.contactIdentity && ref.assigneeId === p.userId) {
        platform.realtime.publishIn(WIDGET_NAMESPACE, visitorRoom(p.organizationId, ref.contactIdentity), 'typing', { agentName: p.name });
      }
    });
  });
}
