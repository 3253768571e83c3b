import type { Platform } from '../../../platform/platform.js';
import { contactRef, waitingInQueue } from '../../attendances/index.js';
import { createTypingRelay } from './typing-relay.js';
import { pushToVisitor, visitorRoom, WIDGET_NAMESPACE } from './widget.gateway.js';

/** SPEC CH-01: what happens to a web-chat conversation reaches the visitor live. */
export function registerWebchatListeners(platform: Platform) {
  const deliver = async (org: string, attendanceId: string, seq?: number) => {
    const ref = await platform.tenant.inTenant(org, null, (s) => contactRef(s, attendanceId));
    if (ref?.channelType !== 'webchat' || !ref.contactIdentity) return ref;
    await pushToVisitor(platform, org, ref.contactIdentity, attendanceId, seq);
    return ref;
  };

  // Messages reach the visitor as deliveries (outbound/deliver-job.ts, through the web-chat adapter).
  // 'attendance.updated' covers the agent's first reply (in service) and a panel's take or release:
  // the visitor's header names who serves them at once, not after a reload (hardening issue).
  for (const type of ['attendance.queued', 'attendance.finished', 'attendance.transferred', 'attendance.rated', 'attendance.updated'] as const) {
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
    const relay = createTypingRelay<string>({
      lookup: async (attendanceId) => {
        const ref = await platform.tenant.inTenant(p.organizationId, p.userId, (s) => contactRef(s, attendanceId));
        return ref?.channelType === 'webchat' && ref.contactIdentity && ref.assigneeId === p.userId ? ref.contactIdentity : undefined;
      },
      send: (visitorId) => platform.realtime.publishIn(WIDGET_NAMESPACE, visitorRoom(p.organizationId, visitorId), 'typing', { agentName: p.name }),
    });
    socket.on('attendance.typing', (attendanceId: unknown) => {
      if (typeof attendanceId === 'string' && /^[0-9a-f-]{36}$/i.test(attendanceId)) relay.typing(attendanceId.toLowerCase());
    });
  });
}
