// SPEC VOX-06 (b): the agent's browser softphone. It registers to the organization's PBX over SIP
// over WebSocket (JsSIP) with the agent's own extension and password, and carries one call at a
// time. No React here: the hook in use-softphone.tsx turns it into state for the screens.
import * as JsSIP from 'jssip';
import type { RTCSession } from 'jssip/lib/RTCSession';
import type { RTCSessionEvent, UA } from 'jssip/lib/UA';

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
export type SoftphoneCall = {
  direction: 'in' | 'out';
  /** The other party's number (user part of its SIP address). */
  peer: string;
  state: CallState;
  muted: boolean;
  held: boolean;
  /** The SIP Call-ID, which the CTI events of the PBX carry too. */
  callId: string;
};
export type SoftphoneSnapshot = { registration: RegistrationState; call: SoftphoneCall | null; error: string | null };

/** Audio counters of the call in progress (WebRTC getStats), for diagnostics and tests. */
export type AudioStats = { packetsReceived: number; packetsSent: number; audioLevel: number; bytesReceived: number };

type Listener = (snapshot: SoftphoneSnapshot) => void;

export class Softphone {
  private ua: UA | null = null;
  private session: RTCSession | null = null;
  private snapshot: SoftphoneSnapshot = { registration: 'offline', call: null, error: null };
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
      // One call at a time: a second one while busy is refused with 486 Busy Here.
      if (this.session && String(e.originator) === 'remote') return void session.terminate({ status_code: 486 });
      this.track(session, String(e.originator) === 'remote' ? 'in' : 'out');
    });
    this.ua = ua;
    ua.start();
  }

  stop(): void {
    this.session?.terminate();
    this.ua?.stop();
    this.ua = null;
    this.set({ registration: 'offline', call: null });
  }

  /** Answers the ringing call with the microphone. */
  answer(): void {
    if (!this.session || this.snapshot.call?.state !== 'ringing') return;
    this.session.answer({ mediaConstraints: { audio: true, video: false }, pcConfig: this.pcConfig() });
  }

  /** Ends the call whatever its state (a ringing call is rejected). */
  hangup(): void {
    if (this.session && !this.session.isEnded()) this.session.terminate();
  }

  /** Calls a number, extension or SIP address through the PBX. */
  dial(to: string): void {
    if (!this.ua) throw new Error('softphone not started');
    const domain = this.config.domain ?? new URL(this.config.wsUrl).hostname;
    const target = to.startsWith('sip:') ? to : `sip:${to.replace(/[^0-9A-Za-z*#+._-]/g, '')}@${domain}`;
    this.ua.call(target, { mediaConstraints: { audio: true, video: false }, pcConfig: this.pcConfig() });
  }

  mute(muted = true): void {
    if (!this.session) return;
    if (muted) this.session.mute({ audio: true });
    else this.session.unmute({ audio: true });
  }

  hold(held = true): void {
    if (!this.session) return;
    if (held) this.session.hold();
    else this.session.unhold();
  }

  sendDtmf(digits: string): void {
    if (this.session && this.snapshot.call?.state === 'answered') this.session.sendDTMF(digits, { transportType: JsSIP.C.DTMF_TRANSPORT.RFC2833 });
  }

  /** Inbound and outbound audio counters of the call in progress; zeros without one. */
  async audioStats(): Promise<AudioStats> {
    const stats: AudioStats = { packetsReceived: 0, packetsSent: 0, audioLevel: 0, bytesReceived: 0 };
    const connection = this.session?.connection as RTCPeerConnection | undefined;
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

  private track(session: RTCSession, direction: 'in' | 'out'): void {
    this.session = session;
    const peer = session.remote_identity?.uri?.user ?? '';
    const callId = (session as unknown as { _request?: { call_id?: string } })._request?.call_id ?? session.id;
    this.set({ call: { direction, peer, state: direction === 'in' ? 'ringing' : 'calling', muted: false, held: false, callId } });
    const attach = (connection: RTCPeerConnection) => {
      connection.addEventListener('track', (e) => {
        this.audio.srcObject = e.streams[0] ?? new MediaStream([e.track]);
        void this.audio.play().catch(() => {});
      });
    };
    if (session.connection) attach(session.connection as RTCPeerConnection);
    else session.on('peerconnection', (e) => attach(e.peerconnection as RTCPeerConnection));
    const patch = (call: Partial<SoftphoneCall>) => {
      if (this.session === session && this.snapshot.call) this.set({ call: { ...this.snapshot.call, ...call } });
    };
    session.on('accepted', () => patch({ state: 'answered' }));
    session.on('confirmed', () => patch({ state: 'answered' }));
    session.on('muted', () => patch({ muted: true }));
    session.on('unmuted', () => patch({ muted: false }));
    session.on('hold', (e) => String(e.originator) === 'local' && patch({ held: true }));
    session.on('unhold', (e) => String(e.originator) === 'local' && patch({ held: false }));
    const ended = () => {
      if (this.session !== session) return;
      this.session = null;
      this.audio.srcObject = null;
      this.set({ call: null });
    };
    session.on('ended', ended);
    session.on('failed', ended);
  }

  private set(patch: Partial<SoftphoneSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener(this.snapshot);
  }
}
