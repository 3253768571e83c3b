// SPEC VOX-06 (a) "Ligar": the visitor calls the channel's voice queue from the browser, over the
// widget's live link. The call itself is the shared browser call (also the alert app's, ALR-03).
import { BrowserCall } from '@atende/shared/browser-call';
import type { Chat } from './chat';

export type { CallError, CallPhase } from '@atende/shared/browser-call';

export class VisitorCall extends BrowserCall {
  constructor(private readonly chat: Chat) {
    super({ signalling: () => chat.link.signalling, iceServers: () => chat.state.voice?.iceServers ?? [], changed: () => chat.changed() });
  }

  get available(): boolean {
    return Boolean(this.chat.state.voice && this.chat.link.signalling && this.chat.state.link === 'up');
  }

  override async start(): Promise<void> {
    if (this.chat.state.voice) await super.start();
  }
}
