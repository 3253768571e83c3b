// Events of the public API (`Atende.on/off`). A site's listener that throws is reported to the
// console and never breaks the widget.
import type { ContactState, Message } from './types';

export type Events = { open: void; close: void; ready: void; message: Message; state: ContactState };
export type EventName = keyof Events;
type Listener<E extends EventName> = (payload: Events[E]) => void;

export class Emitter {
  private listeners = new Map<EventName, Set<Listener<never>>>();

  on<E extends EventName>(event: E, fn: Listener<E>): void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(fn as Listener<never>);
  }

  off<E extends EventName>(event: E, fn: Listener<E>): void {
    this.listeners.get(event)?.delete(fn as Listener<never>);
  }

  emit<E extends EventName>(event: E, payload: Events[E]): void {
    for (const fn of [...(this.listeners.get(event) ?? [])]) {
      try {
        (fn as Listener<E>)(payload);
      } catch (err) {
        console.error('[Atende] listener of', event, 'failed:', err);
      }
    }
  }
}
