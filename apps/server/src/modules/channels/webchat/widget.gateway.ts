import { WIDGET_NAMESPACE, type WidgetClientToServer, type WidgetServerToClient } from '@atende/shared';
import type { Scope } from '../../../platform/db/tenant.js';
import type { Platform } from '../../../platform/platform.js';
import { rooms, typedNamespace } from '../../../platform/realtime/realtime.js';
import { contactMessages, contactStateById, latestContactAttendance } from '../../attendances/index.js';
import { createTypingRelay } from './typing-relay.js';
import { asVisitor } from './widget-auth.js';

export { WIDGET_NAMESPACE };
export const visitorRoom = (organizationId: string, visitorId: string) => `org:${organizationId}:visitor:${visitorId}`;

type TypingTarget = { attendanceId: string; assigneeId: string };
type Visitor = {
  organizationId: string;
  channelId: string;
  visitorId: string;
  channelToken: string;
  visitorToken: string;
  typingTarget?: TypingTarget;
};

/** The agent serving the visitor's conversation now, if any: the one who sees their typing. */
async function typingTarget(s: Scope, channelId: string, visitorId: string): Promise<TypingTarget | undefined> {
  const current = await latestContactAttendance(s, channelId, visitorId);
  return current?.assigneeId && current.status !== 'finished' ? { attendanceId: current.id, assigneeId: current.assigneeId } : undefined;
}

/**
 * The widget's live link: authenticated by channel and visitor tokens, joined to the visitor's room
 * only. Agent replies, state changes and typing arrive here; the visitor's typing goes to the agent.
 */
export function registerWidgetGateway(platform: Platform) {
  platform.realtime.onAttach((io) => {
    const ns = typedNamespace<WidgetClientToServer, WidgetServerToClient, { visitor: Visitor }>(io, WIDGET_NAMESPACE);
    ns.use(async (socket, next) => {
      const { channelToken, visitorToken } = (socket.handshake.auth ?? {}) as { channelToken?: string; visitorToken?: string };
      try {
        const who = await asVisitor(platform, String(channelToken ?? ''), visitorToken, async (s, channel, visitor) => ({
          organizationId: channel.organizationId,
          channelId: channel.id,
          visitorId: visitor.id,
          channelToken: channel.token,
          visitorToken: visitorToken!,
          // Read in the handshake's own transaction, so typing right after connecting costs none.
          typingTarget: await typingTarget(s, channel.id, visitor.id),
        }));
        socket.data.visitor = who;
        await socket.join(visitorRoom(who.organizationId, who.visitorId));
        next();
      } catch {
        next(new Error('WIDGET_VISITOR_INVALID'));
      }
    });
    ns.on('connection', (socket) => {
      const v = socket.data.visitor;
      // Hardening issue, socket floods: typing is relayed from memory, never one transaction per keystroke.
      const relay = createTypingRelay<TypingTarget>({
        lookup: () => platform.tenant.inTenant(v.organizationId, null, (s) => typingTarget(s, v.channelId, v.visitorId)),
        send: (to) =>
          platform.realtime.publish(rooms.user(v.organizationId, to.assigneeId), 'attendance.typing', {
            attendanceId: to.attendanceId,
            from: 'contact',
          }),
      });
      relay.remember('current', v.typingTarget);
      socket.on('typing', () => relay.typing('current'));
    });
  });
}

/** Sends a conversation's new message (never a note) and its state to the visitor's widgets. */
export async function pushToVisitor(platform: Platform, organizationId: string, visitorId: string, attendanceId: string, seq?: number) {
  const out = await platform.tenant.inTenant(organizationId, null, async (s) => ({
    state: await contactStateById(s, attendanceId),
    message: seq ? (await contactMessages(s, attendanceId, seq - 1)).find((m) => m.seq === seq) : undefined,
  }));
  const room = visitorRoom(organizationId, visitorId);
  if (out.message) platform.realtime.publishIn(WIDGET_NAMESPACE, room, 'message', out.message);
  if (out.state) platform.realtime.publishIn(WIDGET_NAMESPACE, room, 'state', out.state);
}
