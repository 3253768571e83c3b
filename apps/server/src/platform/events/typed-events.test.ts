import type { AttendanceSummary, DomainEventMap, Message } from '@atende/shared';
import { describe, expectTypeOf, it } from 'vitest';
import type { Scope } from '../db/tenant.js';
import type { Realtime } from '../realtime/realtime.js';
import type { Events } from './events.js';

// Issue item 26: the bus and the sockets are typed by the one event map in packages/shared. These
// checks are compile-time: `npm run typecheck` fails when a wrong payload compiles (the expected
// error directive above it is then unused, itself an error) or when a listener's payload drifts.

/** Never called: its body is what the compiler checks. */
function busChecks(events: Events, s: Scope) {
  void events.emit(s, 'attendance.queued', { attendanceId: 'a', queueId: null });
  // @ts-expect-error the payload misses queueId
  void events.emit(s, 'attendance.queued', { attendanceId: 'a' });
  // @ts-expect-error rating is a number
  void events.emit(s, 'attendance.rated', { attendanceId: 'a', rating: '5' });
  // @ts-expect-error a field the event does not carry
  void events.emit(s, 'team.created', { teamId: 't', userId: 'u' });
  // @ts-expect-error no such event
  void events.emit(s, 'attendance.queud', { attendanceId: 'a', queueId: null });

  events.on('attendance.finished', 'check', (e) => {
    expectTypeOf(e.type).toEqualTypeOf<'attendance.finished'>();
    expectTypeOf(e.payload).toEqualTypeOf<DomainEventMap['attendance.finished']>();
  });
  events.on('attendance.message', 'check', (e) => {
    expectTypeOf(e.payload.message).toEqualTypeOf<Message>();
  });
  for (const type of ['queue.updated', 'queue.deleted'] as const) {
    events.on(type, 'check', (e) => {
      expectTypeOf(e.payload.queueId).toEqualTypeOf<string>();
      // @ts-expect-error only queue.deleted carries userIds: narrow by type first
      void e.payload.userIds;
      if (e.type === 'queue.deleted') expectTypeOf(e.payload.userIds).toEqualTypeOf<string[]>();
    });
  }
  events.on('*', 'check', (e) => {
    if (e.type === 'presence.changed') expectTypeOf(e.payload).toEqualTypeOf<DomainEventMap['presence.changed']>();
  });
  // @ts-expect-error a listener of an unknown event
  events.on('attendance.queud', 'check', () => {});
}

function socketChecks(realtime: Realtime, summary: AttendanceSummary) {
  realtime.publish('room', 'attendance.updated', summary);
  // @ts-expect-error the console expects a summary here, not a message
  realtime.publish('room', 'attendance.message', summary);
  // @ts-expect-error no such push
  realtime.publish('room', 'attendance.updatd', summary);
  realtime.publishIn('/widget', 'room', 'typing', { agentName: 'Ana' });
  // @ts-expect-error the widget's typing push carries the agent's name
  realtime.publishIn('/widget', 'room', 'typing', { name: 'Ana' });
  realtime.onConnection((socket) => {
    socket.on('attendance.watch', (id, ack) => {
      expectTypeOf(id).toEqualTypeOf<string>();
      ack?.(true);
    });
    // @ts-expect-error the console sends no such event
    socket.on('attendance.wacth', () => {});
  });
}

describe('typed events (compile-time)', () => {
  it('types emit, on and the socket pushes by event name', () => {
    expectTypeOf(busChecks).toBeFunction();
    expectTypeOf(socketChecks).toBeFunction();
  });
});
