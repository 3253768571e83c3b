import type { AttendanceSummary, Message } from '@atende/shared';
import { describe, expectTypeOf, it } from 'vitest';
import { onSocketEvent, type ConsoleSocket } from './socket';

// Issue item 26: the console's socket client is typed by the event map in packages/shared; checked
// by `npm run typecheck` (each expected error below must occur, or the directive itself fails).

/** Never called: its body is what the compiler checks. */
function consoleChecks(socket: ConsoleSocket) {
  onSocketEvent('attendance.updated', (a) => expectTypeOf(a).toEqualTypeOf<AttendanceSummary>());
  onSocketEvent('attendance.message', (m) => expectTypeOf(m).toEqualTypeOf<Message>());
  // @ts-expect-error a push the server never sends
  onSocketEvent('attendance.updatd', () => {});
  // @ts-expect-error a message is not a summary
  onSocketEvent('attendance.message', (m: AttendanceSummary) => m);
  socket.emit('attendance.typing', 'attendance-id');
  // @ts-expect-error the attendance id is a string
  socket.emit('attendance.typing', 42);
  socket.emit('attendance.watch', 'attendance-id', (allowed) => expectTypeOf(allowed).toEqualTypeOf<boolean>());
}

describe('console socket client (compile-time)', () => {
  it('types pushes and emits by event name', () => {
    expectTypeOf(consoleChecks).toBeFunction();
  });
});
