// The visitor's chat: session, conversation and catch-up by sequence number. The live link lives
// in link.ts, sending in outbox.ts, the form and setUser in identity.ts. The view reads `state`
// (state.ts) and calls the methods; nothing here touches the DOM.
import { ApiError, limitNotices, type Api } from './api';
import type { Emitter } from './emitter';
import type { Translate } from './i18n';
import { VisitorCall } from './call';
import { Link } from './link';
import { Outbox } from './outbox';
import { load, save } from './storage';
import { initialState, type ChatState, type Screen } from './state';
import { applyCatchUp, applyLive, emptyTimeline, needsCatchUp, settlePending, type Timeline } from './sync';
import type { ContactState, Message } from './types';

/** Whether a state says anything the one shown does not (the site hears 'state' only on news). */
const changedState = (shown: ContactState | null, next: ContactState) =>
  !shown || (Object.keys(next) as (keyof ContactState)[]).some((k) => shown[k] !== next[k]);

export type ChatDeps = { api: Api; origin: string; channelToken: string; t: Translate; events: Emitter };

export class Chat {
  readonly state: ChatState = initialState();
  readonly outbox: Outbox;
  readonly link: Link;
  readonly call: VisitorCall;
  readonly api: Api;
  token: string | null;
  private readonly deps: ChatDeps;
  private readonly tokenKey: string;
  private readonly listeners = new Set<() => void>();
  private loading?: Promise<void>;
  private catching = false;
  private catchAgain = false;
  private dismissed = new Set<string>();
  private notifyQueued = false;
  /** Counts adopted states, so a catch-up answer never undoes a push that overtook it. */
  private adopted = 0;

  constructor(deps: ChatDeps) {
    this.deps = deps;
    this.api = deps.api;
    this.tokenKey = `atende:${deps.channelToken}:visitor`;
    this.token = load('local', this.tokenKey);
    // A conversation left with "Nova conversa" stays left on the site's other pages too.
    const left = load('local', `${this.tokenKey}:left`);
    if (left) this.dismissed.add(left);
    this.outbox = new Outbox(this, deps.api, deps.t);
    this.link = new Link(this, deps.origin, deps.channelToken);
    this.call = new VisitorCall(this);
    window.addEventListener('online', () => {
      this.link.kick();
      void this.catchUp();
      void this.outbox.flush();
    });
  }

  subscribe(fn: () => void): void {
    this.listeners.add(fn);
  }

  /** Re-render once per burst of changes. */
  changed(): void {
    if (this.notifyQueued) return;
    this.notifyQueued = true;
    queueMicrotask(() => {
      this.notifyQueued = false;
      for (const fn of this.listeners) fn();
    });
  }

  get screen(): Screen {
    const s = this.state;
    if (s.phase === 'failed') return 'failed';
    if (s.phase !== 'ready') return 'loading';
    // A verified identity, or a channel that asks nothing, needs no form (SPEC CH-01, PLT-05).
    if (s.conversation || s.profile.verified || !s.preChat.fields.length) return 'chat';
    return 'form';
  }

  /** Starts or resumes the visitor's session once; later calls share it. */
  ensureSession(): Promise<void> {
    if (this.state.phase === 'ready') return Promise.resolve();
    this.loading ??= this.loadSession().finally(() => (this.loading = undefined));
    return this.loading;
  }

  private async loadSession(): Promise<void> {
    this.state.phase = 'loading';
    this.changed();
    try {
      const s = await this.deps.api.session(this.token);
      this.token = s.visitorToken;
      save('local', this.tokenKey, s.visitorToken);
      Object.assign(this.state, {
        channelName: s.channel.name,
        preChat: s.channel.preChat,
        voice: s.channel.voice ?? null,
        profile: s.profile,
        phase: 'ready',
        loadError: '',
      });
      this.state.conversation = null;
      if (s.conversation) this.adopt(s.conversation, s.messages);
      this.changed();
    } catch (err) {
      this.state.phase = 'failed';
      this.state.loadError = this.describe(err);
      this.changed();
      throw err;
    }
  }

  /** Takes a conversation state as current; a different conversation starts a fresh timeline. */
  adopt(next: ContactState, messages?: Message[]): void {
    const current = this.state.conversation;
    if (this.dismissed.has(next.attendanceId)) return;
    // Late news of an older conversation never replaces the one on screen; within one
    // conversation, a state older than the one shown (pushes may cross) changes nothing.
    if (current && current.attendanceId !== next.attendanceId && next.status === 'finished') return;
    if (
      current?.attendanceId === next.attendanceId &&
      (next.lastSeq < current.lastSeq || (current.status === 'finished' && next.status !== 'finished'))
    )
      return;
    if (!current || current.attendanceId !== next.attendanceId) this.state.timeline = emptyTimeline();
    this.state.conversation = next;
    this.adopted++;
    if (messages) this.accept(applyCatchUp(this.state.timeline, 0, messages, next.lastSeq), false);
    if (next.status === 'finished') this.state.typing = null;
    this.deps.events.emit('state', next);
    this.link.sync();
    if (needsCatchUp(this.state.timeline, next.lastSeq)) void this.catchUp();
    this.changed();
  }

  /** Merges what arrived; agent messages new to the visitor are announced (`Atende.on('message')`). */
  accept(r: { timeline: Timeline<Message>; added: Message[] }, announce = true): void {
    this.state.timeline = r.timeline;
    this.state.pending = settlePending(this.state.pending, r.added);
    for (const m of r.added) {
      if (m.authorKind !== 'agent') continue;
      this.state.typing = null;
      if (announce) this.deps.events.emit('message', m);
    }
    this.changed();
  }

  /** A message the visitor's own send returned, or one pushed live. */
  receive(m: Message): void {
    if (m.internal || m.attendanceId !== this.state.conversation?.attendanceId) return;
    const r = applyLive(this.state.timeline, m);
    this.accept(r);
    if (r.fetchAfter !== null) void this.catchUp();
  }

  /** GET …/messages?afterSeq=synced until nothing more was asked for meanwhile. */
  async catchUp(): Promise<void> {
    if (!this.state.conversation) return;
    if (this.catching) {
      this.catchAgain = true;
      return;
    }
    this.catching = true;
    try {
      do {
        this.catchAgain = false;
        const conv: ContactState | null = this.state.conversation;
        if (!conv) break;
        const after = this.state.timeline.synced;
        const adoptedBefore = this.adopted;
        const { items, conversation: latest } = await this.deps.api.catchUp(after);
        if (this.state.conversation?.attendanceId !== conv.attendanceId) break;
        // The state was read with the messages: its lastSeq covers them (the gaps are notes).
        const same = latest?.attendanceId === conv.attendanceId;
        const known = same ? Math.max(conv.lastSeq, latest.lastSeq) : conv.lastSeq;
        this.accept(
          applyCatchUp(
            this.state.timeline,
            after,
            items.filter((m) => m.attendanceId === conv.attendanceId && !m.internal),
            known,
          ),
        );
        // State pushes sent while the link was down (or before it joined) are gone too: the
        // catch-up's state says who serves the visitor, unless a fresher push came meanwhile.
        if (latest && this.adopted === adoptedBefore && changedState(this.state.conversation, latest)) this.adopt(latest);
      } while (this.catchAgain);
    } catch (err) {
      // The next (re)connect or 'online' event tries again.
      this.handleGone(err);
    } finally {
      this.catching = false;
    }
  }

  /** "Nova conversa": back to the form (or straight to a new message when no form is needed). */
  newConversation(): void {
    const conv = this.state.conversation;
    if (conv) {
      this.dismissed.add(conv.attendanceId);
      save('local', `${this.tokenKey}:left`, conv.attendanceId);
    }
    Object.assign(this.state, { conversation: null, timeline: emptyTimeline(), pending: [], typing: null, notice: '' });
    this.link.sync();
    this.changed();
  }

  describe(err: unknown): string {
    if (err instanceof ApiError && err.code === 'NETWORK') return this.deps.t('offline');
    if (err instanceof ApiError && err.code in limitNotices) return this.deps.t(limitNotices[err.code as keyof typeof limitNotices]);
    return err instanceof Error && err.message ? err.message : this.deps.t('loadFailed');
  }

  /** The server no longer knows this visitor token: forget it and start over. */
  handleGone(err: unknown): void {
    if (err instanceof ApiError && err.code === 'WIDGET_VISITOR_INVALID') this.restart();
  }

  restart(): void {
    this.link.close();
    this.token = null;
    save('local', this.tokenKey, null);
    Object.assign(this.state, { phase: 'idle', conversation: null, timeline: emptyTimeline(), pending: [], link: 'idle' });
    void this.ensureSession().catch(() => undefined);
  }
}
