import type { WidgetClientToServer, WidgetServerToClient } from '@atende/shared';
import type { Socket } from 'socket.io-client';
import { describe, expectTypeOf, it } from 'vitest';
import type { ContactState, Message } from './types';

// Issue item 26: the widget's live link is typed by the event map in packages/shared; checked by
// `npm run typecheck` (each expected error below must occur, or the directive itself fails).

/** Never called: its body is what the compiler checks. */
function widgetChecks(socket: Socket<WidgetServerToClient, WidgetClientToServer>) {
  socket.on('message', (m) => expectTypeOf(m).toEqualTypeOf<Message>());
  socket.on('state', (s) => expectTypeOf(s).toEqualTypeOf<ContactState>());
  socket.on('typing', (p) => expectTypeOf(p.agentName).toEqualTypeOf<string>());
  // @ts-expect-error the state push is the contact state, not a message
  socket.on('state', (s: Message) => s);
  // @ts-expect-error the widget sends typing without arguments
  socket.emit('typing', 'x');
  // @ts-expect-error the widget does not send messages over the socket
  socket.emit('message', 'hello');
}

describe('widget live link (compile-time)', () => {
  it('types pushes and emits by event name', () => {
    expectTypeOf(widgetChecks).toBeFunction();
  });
});
