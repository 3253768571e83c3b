import type { CallView, SipCredentials } from '@atende/shared';
import { playDtmf } from '@atende/shared/dtmf-tone';
import { notifications } from '@mantine/notifications';
import { api, ApiError } from '../../app/api';
import { i18n } from '../../app/i18n';
import { getSocket } from '../../app/socket';
import { errorText } from '../../ui/error-text';
import { callQuality, readQuality, type CallQuality, type QualityReading } from './call-quality';
import type { Softphone } from './softphone';

// SPEC VOX-06 (a): the agent's side of a built-in call (a web-chat visitor or an alert-app user
// calling). Not SIP: after "Atender" the console offers its microphone to Atende over WebRTC on
// the console socket ('voice.rtc.join'); Atende relays the caller's audio back and records both.
// Hold is Atende's (it stops relaying); mute silences the microphone here. Keypad keys (VOX-02)
// travel beside the audio: Atende relays them to the caller; each side plays the tones itself.

const GATHER_TIMEOUT_MS = 5_000;
const QUALITY_EVERY_MS = 2_000;

type Session = { callId: string; pc: RTCPeerConnection; stream: MediaStream };
let session: Session | null = null;
let audio: HTMLAudioElement | null = null;

// VOX-02: the call's quality, read from getStats while the leg is up (the call card's indicator).
let quality: { callId: string; value: CallQuality } | null = null;
let qualityTimer: ReturnType<typeof setInterval> | undefined;
const qualityListeners = new Set<() => void>();
const setQuality = (q: typeof quality) => {
  quality = q;
  for (const fn of qualityListeners) fn();
};

function watchQuality(callId: string, pc: RTCPeerConnection) {
  clearInterval(qualityTimer);
  let previous: QualityReading | null = null;
  qualityTimer = setInterval(() => {
    void pc
      .getStats()
      .then((stats) => {
        const reading = readQuality(stats);
        if (!reading || session?.pc !== pc) return;
        const value = callQuality(previous, reading);
        previous = reading;
        if (value) setQuality({ callId, value });
      })
      .catch(() => {});
  }, QUALITY_EVERY_MS);
}

/** The quality of this call's leg in this tab, if it has one (for useSyncExternalStore). */
export const builtinQuality = {
  subscribe(fn: () => void) {
    qualityListeners.add(fn);
    return () => void qualityListeners.delete(fn);
  },
  of: (callId: string | undefined) => (quality && quality.callId === callId ? quality.value : null),
};

declare global {
  interface Window {
    /** The built-in call's peer connection, for diagnostics (audio statistics in tests). */
    atendeBuiltinCall?: RTCPeerConnection;
  }
}

async function iceServers(): Promise<RTCIceServer[]> {
  const creds = await api.get<SipCredentials>('/api/voice/sip').catch(() => null);
  return creds?.iceServers ?? [];
}

function gathered(pc: RTCPeerConnection): Promise<void> {
  if (pc.iceGatheringState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, GATHER_TIMEOUT_MS);
    pc.addEventListener('icegatheringstatechange', () => {
      if (pc.iceGatheringState !== 'complete') return;
      clearTimeout(timer);
      resolve();
    });
  });
}

function end(callId?: string) {
  if (!session || (callId && session.callId !== callId)) return;
  session.pc.close();
  for (const t of session.stream.getTracks()) t.stop();
  if (window.atendeBuiltinCall === session.pc) delete window.atendeBuiltinCall;
  session = null;
  if (audio) audio.srcObject = null;
  clearInterval(qualityTimer);
  setQuality(null);
}

async function join(call: CallView) {
  if (session?.callId === call.id) return;
  end();
  const socket = getSocket();
  if (!socket) throw new Error('CALL_MEDIA_FAILED');
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  const pc = new RTCPeerConnection({ iceServers: await iceServers() });
  session = { callId: call.id, pc, stream };
  window.atendeBuiltinCall = pc;
  for (const t of stream.getAudioTracks()) pc.addTrack(t, stream);
  audio ??= Object.assign(new Audio(), { autoplay: true });
  pc.ontrack = (e) => {
    if (audio) audio.srcObject = e.streams[0] ?? new MediaStream([e.track]);
  };
  await pc.setLocalDescription(await pc.createOffer());
  await gathered(pc);
  const r = await socket.timeout(20_000).emitWithAck('voice.rtc.join', { callId: call.id, sdp: pc.localDescription!.sdp });
  if ('error' in r) {
    end(call.id);
    throw new ApiError(502, r.error.code, r.error.code);
  }
  await pc.setRemoteDescription({ type: 'answer', sdp: r.sdp });
  watchQuality(call.id, pc);
}

const setMic = (call: CallView, on: boolean) => {
  if (session?.callId !== call.id) return;
  for (const t of session.stream.getAudioTracks()) t.enabled = on;
};

/**
 * "Atender" lands in "Atendimento" at once (the server answered); the media joins meanwhile and a
 * failure to set it up (no microphone, no path to Atende) is told in a toast.
 */
function answer(call: CallView): Promise<void> {
  join(call).catch((err: unknown) => {
    end(call.id);
    const known = err instanceof ApiError ? err : new ApiError(502, 'CALL_MEDIA_FAILED', String(err));
    notifications.show({ color: 'red', message: errorText(i18n.t, known), autoClose: 8000 });
  });
  return Promise.resolve();
}

/** The built-in transport beside the SIP softphone; the screens pick it for calls with provider 'builtin'. */
/** The caller's keys (VOX-02), heard by the agent who is on that call in this tab. */
function callerKeys(callId: string, digits: string) {
  if (session?.callId === callId) playDtmf(digits);
}

export const builtinPhone: Softphone & { ended(callId: string): void; callerKeys(callId: string, digits: string): void } = {
  // Built-in calls are only inbound (from the widget or the alert app).
  dial: async () => {},
  answer,
  hangup: async (call) => end(call.id),
  mute: async (call, muted) => setMic(call, !muted),
  hold: async (call, held) => setMic(call, !held),
  // The server records the keys and relays them to the caller; the agent hears their own tones here.
  dtmf: async (_call, digits) => playDtmf(digits),
  ended: (callId) => end(callId),
  callerKeys,
};
