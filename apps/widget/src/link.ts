// Keeps the live link open while the visitor has a conversation in progress, and carries typing
// both ways: the agent's indicator in, the visitor's (at most once every 2 s) out.
import type { Chat } from './chat';
import { openLive, type Live } from './live';

const TYPING_SHOWN_MS = 6000;
const TYPING_SENT_EVERY_MS = 2000;

export class Link {
  private live?: Live;
  private typingTimer?: ReturnType<typeof setTimeout>;
  private lastTypingSent = 0;
  private readonly chat: Chat;
  private readonly origin: string;
  private readonly channelToken: string;

  constructor(chat: Chat, origin: string, channelToken: string) {
    this.chat = chat;
    this.origin = origin;
    this.channelToken = channelToken;
  }

  /** Opens or closes the link as the conversation needs it. */
  sync(): void {
    const { chat } = this;
    const conv = chat.state.conversation;
    const wanted = Boolean(chat.token && conv && conv.status !== 'finished');
    if (wanted && !this.live) {
      this.live = openLive(this.origin, this.channelToken, chat.token!, {
        message: (m) => chat.receive(m),
        state: (s) => chat.adopt(s),
        typing: (name) => this.agentTyping(name),
        connected: () => {
          chat.state.link = 'up';
          chat.changed();
          // Pushes sent while the link was down are gone: ask for them, and send what waits.
          void chat.catchUp();
          void chat.outbox.flush();
        },
        disconnected: () => {
          chat.state.link = 'down';
          chat.changed();
        },
        invalid: () => chat.restart(),
        callAnswered: (id) => chat.call.answered(id),
        callEnded: (id) => chat.call.ended(id),
        callDtmf: (id, digits) => chat.call.dtmf(id, digits),
      });
    } else if (!wanted) {
      this.close();
    }
  }

  /** VOX-06 (a): the live link carries the call's signalling; undefined while it is closed. */
  get signalling(): Pick<Live, 'startCall' | 'hangupCall' | 'sendDtmf'> | undefined {
    return this.live;
  }

  close(): void {
    this.chat.call.ended(null);
    this.live?.close();
    this.live = undefined;
    this.chat.state.link = 'idle';
  }

  /** The browser is back online: reconnect now rather than at the end of a back-off. */
  kick(): void {
    this.live?.kick();
  }

  private agentTyping(name: string): void {
    const { chat } = this;
    chat.state.typing = name;
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => {
      chat.state.typing = null;
      chat.changed();
    }, TYPING_SHOWN_MS);
    chat.changed();
  }

  /** The visitor is typing: tell the agent, at most once every 2 s. */
  visitorTyping(): void {
    const now = Date.now();
    if (now - this.lastTypingSent < TYPING_SENT_EVERY_MS) return;
    this.lastTypingSent = now;
    this.live?.typing();
  }
}
