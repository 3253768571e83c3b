// SPEC VOX-06 (b): the agent's browser softphone. It registers to the organization's PBX over SIP
// over WebSocket (JsSIP) with the agent's own extension and password, and carries several calls at
// once (a consult or a direct extension call beside a queue call): answering or placing another
// call puts the one in conversation on hold, and the agent switches between them. No React here:
// the hook in use-softphone.tsx turns it into state for the screens.
import * as JsSIP from 'jssip';
import type { RTCSession } from 'jssip/lib/RTCSession';
import type { RTCSessionEvent, UA } from 'jssip/lib/UA';
import {
  addSession,
  canTakeAnother,
  focusedSession,
  patchSession,
  removeSession,
  sessionsToHold,
  switchPlan,
  type PhoneSession,
} from './session-list';

export type SoftphoneConfig = {
  /** The PBX's WebSocket address, e.g. ws://127.0.0.1:5066 (voice:dev) or wss://pbx.example.com. */
  wsUrl: string;
  extension: string;
  password: string;
  /** SIP domain of the extension; the WebSocket host by default. */
  domain?: string;
  /** STUN/TURN servers (coturn behind NAT); none on one machine. */
  iceServers?: RTCIceServer[];
};

export type RegistrationState = 'offline' | 'connecting' | 'registered' | 'failed';
export type CallState = 'idle' | 'ringing' | 'calling' | 'answered';
export type SoftphoneCall = PhoneSession;
/** `call` is the call the agent is on (see focusedSession); `calls` every call, oldest first. */
export type SoftphoneSnapshot = { registration: RegistrationState; call: SoftphoneCall | null; calls: SoftphoneCall[]; error: string | null };

/** Audio counters of the call in progress (WebRTC getStats), for diagnostics and tests. */
export type AudioStats = { packetsReceived: number; packetsSent: number; audioLevel: number; bytesReceived: number };

type Listener = (snapshot: SoftphoneSnapshot) => void;

export class Softphone {
  private ua: UA | null = null;
  private readonly sessions = new Map<string, RTCSession>();
  private readonly streams = new Map<string, MediaStream>();
  private snapshot: SoftphoneSnapshot = { registration: 'offline', call: null, calls: [], error: null };
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly config: SoftphoneConfig,
    /** Plays the other party's audio. */
    private readonly audio: HTMLAudioElement,
  ) {}

  get state(): SoftphoneSnapshot {
    return this.snapshot;
  }

  /** Called on every change (registration, incoming call, answer, end, mute, hold). */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  start(): void {
    if (this.ua) return;
    const domain = this.config.domain ?? new URL(this.config.wsUrl).hostname;
    const ua = new JsSIP.UA({
      sockets: [new JsSIP.WebSocketInterface(this.config.wsUrl)],
      uri: `sip:${this.config.extension}@${domain}`,
      // The extension in Contact too, so the PBX's CTI events name the agent who answered.
      contact_uri: `sip:${this.config.extension}@${Math.random().toString(36).slice(2, 10)}.invalid;transport=ws`,
      password: this.config.password,
      register: true,
      session_timers: false,
      user_agent: 'Atende',
    });
    ua.on('connecting', () => this.set({ registration: 'connecting' }));
    ua.on('registered', () => this.set({ registration: 'registered', error: null }));
    ua.on('unregistered', () => this.set({ registration: 'offline' }));
    ua.on('registrationFailed', (e: { cause?: unknown }) => this.set({ registration: 'failed', error: String(e.cause ?? 'registration failed') }));
    ua.on('disconnected', () => this.set({ registration: this.snapshot.registration === 'failed' ? 'failed' : 'connecting' }));
    ua.on('newRTCSession', (e: RTCSessionEvent) => {
      const session = e.session as RTCSession;
      // A few calls at a time: one more while the agent already juggles the maximum is refused (486 Busy Here).
      if (!canTakeAnother(this.snapshot.calls) && String(e.originator) === 'remote') return void session.terminate({ status_code: 486 });
      this.track(session, String(e.originator) === 'remote' ? 'in' : 'out');
    });
    this.ua = ua;
    ua.start();
  }

  stop(): void {
    for (const session of this.sessions.values()) if (!session.isEnded()) session.terminate();
    this.ua?.stop();
    this.ua = null;
    this.sessions.clear();
    this.streams.clear();
    this.set({ registration: 'offline', call: null, calls: [] });
  }

  /** Answers a ringing call (the newest one by default) with the microphone; the call in conversation goes on hold. */
  answer(id?: string): void {
    const target = id ? this.snapshot.calls.find((c) => c.id === id) : [...this.snapshot.calls].reverse().find((c) => c.state === 'ringing');
    const session = target && this.sessions.get(target.id);
    if (!target || !session || target.state !== 'ringing') return;
    this.holdOthers(target.id);
    session.answer({ mediaConstraints: { audio: true, video: false }, pcConfig: this.pcConfig() });
  }

  /** Ends a call (the one the agent is on by default) whatever its state (a ringing call is rejected). */
  hangup(id?: string): void {
    const session = this.sessionOf(id);
    if (session && !session.isEnded()) session.terminate();
  }

  /** Calls a number, extension or SIP address through the PBX; the call in conversation goes on hold. */
  dial(to: string): void {
    if (!this.ua) throw new Error('softphone not started');
    const domain = this.config.domain ?? new URL(this.config.wsUrl).hostname;
    const target = to.startsWith('sip:') ? to : `sip:${to.replace(/[^0-9A-Za-z*#+._-]/g, '')}@${domain}`;
    this.holdOthers();
    this.ua.call(target, { mediaConstraints: { audio: true, video: false }, pcConfig: this.pcConfig() });
  }

  /** Makes this call the one in conversation: the others are held, it resumes. */
  switchTo(id: string): void {
    const plan = switchPlan(this.snapshot.calls, id);
    for (const other of plan.hold) this.sessions.get(other)?.hold();
    if (plan.resume) this.sessions.get(plan.resume)?.unhold();
  }

  mute(muted = true, id?: string): void {
    const session = this.sessionOf(id);
    if (!session) return;
    if (muted) session.mute({ audio: true });
    else session.unmute({ audio: true });
  }

  hold(held = true, id?: string): void {
    const session = this.sessionOf(id);
    if (!session) return;
    if (held) session.hold();
    else session.unhold();
  }

  sendDtmf(digits: string): void {
    const session = this.sessionOf();
    if (session && this.snapshot.call?.state === 'answered') session.sendDTMF(digits, { transportType: JsSIP.C.DTMF_TRANSPORT.RFC2833 });
  }

  /** Inbound and outbound audio counters of the call in progress; zeros without one. */
  async audioStats(): Promise<AudioStats> {
    const stats: AudioStats = { packetsReceived: 0, packetsSent: 0, audioLevel: 0, bytesReceived: 0 };
    const connection = this.sessionOf()?.connection as RTCPeerConnection | undefined;
    if (!connection) return stats;
    (await connection.getStats()).forEach((report: Record<string, unknown>) => {
      if (report.kind !== 'audio') return;
      if (report.type === 'inbound-rtp') {
        stats.packetsReceived += Number(report.packetsReceived ?? 0);
        stats.bytesReceived += Number(report.bytesReceived ?? 0);
        stats.audioLevel = Math.max(stats.audioLevel, Number(report.audioLevel ?? 0));
      } else if (report.type === 'outbound-rtp') {
        stats.packetsSent += Number(report.packetsSent ?? 0);
      }
    });
    return stats;
  }

  private pcConfig(): RTCConfiguration {
    return { iceServers: this.config.iceServers ?? [], rtcpMuxPolicy: 'require' };
  }

  private sessionOf(id?: string): RTCSession | undefined {
    const key = id ?? this.snapshot.call?.id;
    return key ? this.sessions.get(key) : undefined;
  }

  private holdOthers(except?: string): void {
    for (const id of sessionsToHold(this.snapshot.calls, except)) this.sessions.get(id)?.hold();
  }

  private track(session: RTCSession, direction: 'in' | 'out'): void {
    const id = session.id;
    this.sessions.set(id, session);
    const peer = session.remote_identity?.uri?.user ?? '';
    const callId = (session as unknown as { _request?: { call_id?: string } })._request?.call_id ?? session.id;
    this.setCalls(
      addSession(this.snapshot.calls, { id, direction, peer, state: direction === 'in' ? 'ringing' : 'calling', muted: false, held: false, callId }),
    );
    const attach = (connection: RTCPeerConnection) => {
      connection.addEventListener('track', (e) => {
        this.streams.set(id, e.streams[0] ?? new MediaStream([e.track]));
        this.playFocused();
      });
    };
    if (session.connection) attach(session.connection as RTCPeerConnection);
    else session.on('peerconnection', (e) => attach(e.peerconnection as RTCPeerConnection));
    const patch = (call: Partial<SoftphoneCall>) => {
      if (this.sessions.get(id) === session) this.setCalls(patchSession(this.snapshot.calls, id, call));
    };
    session.on('accepted', () => patch({ state: 'answered' }));
    session.on('confirmed', () => patch({ state: 'answered' }));
    session.on('muted', () => patch({ muted: true }));
    session.on('unmuted', () => patch({ muted: false }));
    session.on('hold', (e) => String(e.originator) === 'local' && patch({ held: true }));
    session.on('unhold', (e) => String(e.originator) === 'local' && patch({ held: false }));
    const ended = () => {
      if (this.sessions.get(id) !== session) return;
      this.sessions.delete(id);
      this.streams.delete(id);
      this.setCalls(removeSession(this.snapshot.calls, id));
    };
    session.on('ended', ended);
    session.on('failed', ended);
  }

  /** The other party heard is the one of the call the agent is on. */
  private playFocused(): void {
    const id = this.snapshot.call?.id;
    const stream = (id && this.streams.get(id)) || null;
    if (this.audio.srcObject === stream) return;
    this.audio.srcObject = stream;
    if (stream) void this.audio.play().catch(() => {});
  }

  private setCalls(calls: SoftphoneCall[]): void {
    this.set({ calls, call: focusedSession(calls) });
    this.playFocused();
  }

  private set(patch: Partial<SoftphoneSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener(this.snapshot);
  }
}
