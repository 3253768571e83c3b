// The visitor's sends. Each message keeps its clientId until the server has it, so a send made
// offline (or whose answer was lost) is retried on reconnect and still stored once; sends go one
// at a time, in the order typed.
import { ApiError, type Api } from './api';
import type { Chat } from './chat';
import type { Translate } from './i18n';
import { newClientId, nextToSend, type PendingStatus } from './sync';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const FIRST_RETRY_MS = 1000;
const LAST_RETRY_MS = 15_000;

export class Outbox {
  private flushing = false;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private retryMs = FIRST_RETRY_MS;
  private readonly chat: Chat;
  private readonly api: Api;
  private readonly t: Translate;

  constructor(chat: Chat, api: Api, t: Translate) {
    this.chat = chat;
    this.api = api;
    this.t = t;
  }

  send(text: string): void {
    const body = text.trim();
    if (!body) return;
    this.chat.state.pending = [...this.chat.state.pending, { clientId: newClientId(), body, status: 'sending' }];
    this.chat.state.notice = '';
    this.chat.changed();
    void this.flush();
  }

  private mark(clientId: string, status: PendingStatus, error?: string): void {
    this.chat.state.pending = this.chat.state.pending.map((p) => (p.clientId === clientId ? { ...p, status, error } : p));
    this.chat.changed();
  }

  /** A conversation to send into: a verified visitor may write before any form (SPEC CH-01). */
  private async conversation(): Promise<void> {
    await this.chat.ensureSession();
    if (!this.chat.state.conversation) this.chat.adopt(await this.api.startConversation({}));
  }

  async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    clearTimeout(this.retryTimer);
    try {
      for (let next = nextToSend(this.chat.state.pending); next; next = nextToSend(this.chat.state.pending)) {
        const { clientId, body } = next;
        this.mark(clientId, 'sending');
        try {
          await this.conversation();
          const m = await this.api.send(body, clientId);
          this.chat.state.pending = this.chat.state.pending.filter((p) => p.clientId !== clientId);
          this.chat.receive(m);
          this.retryMs = FIRST_RETRY_MS;
        } catch (err) {
          if (err instanceof ApiError && err.transient) {
            // Everything still to send waits for the connection, in order.
            this.chat.state.pending = this.chat.state.pending.map((p) => (p.status === 'failed' ? p : { ...p, status: 'queued' }));
            this.chat.changed();
            this.retryLater();
            break;
          }
          this.mark(clientId, 'failed', this.chat.describe(err));
          this.chat.handleGone(err);
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  private retryLater(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.flush(), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, LAST_RETRY_MS);
  }

  /** "Anexar arquivo": images and PDF up to 10 MB, checked here first to spare the upload. */
  async upload(file: File): Promise<void> {
    const chat = this.chat;
    chat.state.notice = '';
    if (!/^image\//.test(file.type) && file.type !== 'application/pdf') chat.state.notice = this.t('fileType');
    else if (file.size > MAX_FILE_BYTES) chat.state.notice = this.t('fileTooBig');
    if (chat.state.notice) return chat.changed();
    const id = newClientId();
    chat.state.uploads = [...chat.state.uploads, { id, fileName: file.name }];
    chat.changed();
    try {
      await this.conversation();
      chat.receive(await this.api.upload(file));
    } catch (err) {
      chat.state.notice = chat.describe(err);
      chat.handleGone(err);
    } finally {
      chat.state.uploads = chat.state.uploads.filter((u) => u.id !== id);
      chat.changed();
    }
  }
}
