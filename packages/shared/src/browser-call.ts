/// <reference lib="dom" />
import { playDtmf } from './dtmf-tone.js';
import type { RtcCallStarted, RtcError } from './schemas/voice.js';

// SPEC VOX-06 (a), ALR-03: a built-in call from a browser (the widget's "Ligar", the alert app's
// "Ligar pelo navegador"). The microphone goes to Atende over WebRTC (Atende relays it to the agent
// and records the call); the offer and answer ride the caller's live link. States: Chamando… →
// Em chamada 00:12 → ended. The screens around it are each app's own.

export type CallPhase = 'idle' | 'starting' | 'ringing' | 'talking';
export type CallError = '' | 'micDenied' | 'callFailed';

/** The caller's live link: `call.start` with the offer (the ack carries Atende's answer), `call.hangup`. */
export type CallSignalling = {
  startCall(sdp: string): Promise<RtcCallStarted | RtcError>;
  hangupCall(callId: string): void;
  /** VOX-02: keys pressed during the call (`call.dtmf`), played to the agent. */
  sendDtmf?(callId: string, digits: string): void;
};

export type BrowserCallDeps = {
  /** Undefined while the link is down. */
  signalling: () => CallSignalling | undefined;
  iceServers: () => RTCIceServer[];
  /** Something changed: the screen re-reads phase, error and answeredAt. */
  changed: () => void;
};

const GATHER_TIMEOUT_MS = 5_000;

/** "Em chamada 00:12": the talk time as minutes and seconds. */
export const callClock = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

export class BrowserCall {
  phase: CallPhase = 'idle';
  error: CallError = '';
  /** When the agent answered (the talk time counts from here). */
  answeredAt = 0;
  private callId: string | null = null;
  private pc?: RTCPeerConnection;
  private stream?: MediaStream;
  private readonly audio = new Audio();

  constructor(private readonly deps: BrowserCallDeps) {
    this.audio.autoplay = true;
  }

  async start(): Promise<void> {
    const signalling = this.deps.signalling();
    if (this.phase !== 'idle' || !signalling) return;
    this.set('starting', '');
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      return this.set('idle', 'micDenied');
    }
    try {
      const pc = new RTCPeerConnection({ iceServers: this.deps.iceServers() });
      this.pc = pc;
      for (const track of this.stream.getAudioTracks()) pc.addTrack(track, this.stream);
      pc.ontrack = (e) => (this.audio.srcObject = e.streams[0] ?? new MediaStream([e.track]));
      pc.onconnectionstatechange = () => pc.connectionState === 'failed' && this.hangup('callFailed');
      await pc.setLocalDescription(await pc.createOffer());
      await gathered(pc);
      if (this.pc !== pc) return; // hung up meanwhile
      const r = await signalling.startCall(pc.localDescription!.sdp);
      if (this.pc !== pc) {
        if ('callId' in r) signalling.hangupCall(r.callId);
        return;
      }
      if ('error' in r) return this.hangup('callFailed');
      this.callId = r.callId;
      await pc.setRemoteDescription({ type: 'answer', sdp: r.sdp });
      this.set('ringing', '');
    } catch {
      this.hangup('callFailed');
    }
  }

  /** "Desligar" (or a failure): ends the call on both sides. */
  hangup(error: CallError = ''): void {
    if (this.callId) this.deps.signalling()?.hangupCall(this.callId);
    this.teardown(error);
  }

  answered(callId: string): void {
    if (callId !== this.callId) return;
    this.answeredAt = Date.now();
    this.set('talking', '');
  }

  /** VOX-02 keypad: a key pressed here while talking is heard here and sent to the agent. */
  pressKey(key: string): void {
    if (this.phase !== 'talking' || !this.callId) return;
    playDtmf(key);
    this.deps.signalling()?.sendDtmf?.(this.callId, key);
  }

  /** VOX-02: the agent pressed keys on their keypad: their tones play here. */
  dtmf(callId: string, digits: string): void {
    if (callId === this.callId && this.phase === 'talking') playDtmf(digits);
  }

  /** The call ended elsewhere (the agent, no answer, the link closed); null: whatever call there is. */
  ended(callId: string | null): void {
    if (callId === null ? this.phase !== 'idle' : callId === this.callId) this.teardown('');
  }

  private teardown(error: CallError): void {
    this.callId = null;
    this.pc?.close();
    this.pc = undefined;
    for (const t of this.stream?.getTracks() ?? []) t.stop();
    this.stream = undefined;
    this.audio.srcObject = null;
    this.answeredAt = 0;
    this.set('idle', error);
  }

  private set(phase: CallPhase, error: CallError): void {
    this.phase = phase;
    this.error = error;
    this.deps.changed();
  }
}

/** Waits for ICE gathering (no trickle: the offer carries its candidates). */
function gathered(pc: RTCPeerConnection): Promise<void> {
  if (pc.iceGatheringState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, GATHER_TIMEOUT_MS);
    pc.addEventListener('icegatheringstatechange', () => {
      if (pc.iceGatheringState === 'complete') {
        clearTimeout(timer);
        resolve();
      }
    });
  });
}
