import type { RtcIceServer } from '@atende/shared';
import { MediaStreamTrack, RTCPeerConnection, RTCRtpCodecParameters, type RTCRtpSender, type RtpPacket } from 'werift';

// SPEC VOX-06 (a): one browser's side of a built-in call. Atende answers the browser's offer with
// its own peer (werift, ARCHITECTURE §3b): the browser's Opus packets arrive here and Atende's
// outgoing track carries the other party's packets back, untouched (no transcoding).

export type RtcOptions = { iceServers: RtcIceServer[]; publicAddress?: string };

export type RtcLeg = {
  /** Atende's answer, with its ICE candidates. */
  answerSdp: string;
  /** The browser's audio as received (for the recorder). */
  received: Promise<MediaStreamTrack>;
  /** Every RTP packet the browser sends. */
  onPacket(fn: (p: RtpPacket) => void): void;
  /** Sends a packet (from the other party) to this browser. */
  send(p: RtpPacket): void;
  /**
   * The packets sent from now on come from another browser (a transfer's next agent, VOX-02): their
   * sequence numbers and timestamps are shifted to follow on from the last ones sent, or this
   * browser's SRTP replay check and jitter buffer would drop them as old.
   */
  sourceChanged(): void;
  /** Resolves when the browser's media path is up; rejects when ICE or DTLS fails. */
  connected: Promise<void>;
  close(): Promise<void>;
};

const GATHER_TIMEOUT_MS = 5_000;
const CONNECT_TIMEOUT_MS = 15_000;
const OPUS_FRAME_TICKS = 960;

export async function answerLeg(offerSdp: string, opts: RtcOptions): Promise<RtcLeg> {
  // Loopback: without it werift offers no candidate a browser on the same host can reach (tests,
  // a laptop). Behind NAT the operator names the public address (RTC_PUBLIC_ADDRESS) or a TURN server.
  const additional = ['127.0.0.1', ...(opts.publicAddress ? [opts.publicAddress] : [])];
  const pc = new RTCPeerConnection({
    // werift's own default is a public STUN server: none unless the operator configures one.
    iceServers: opts.iceServers.map((s) => ({ ...s, urls: Array.isArray(s.urls) ? s.urls[0]! : s.urls })),
    iceUseIpv6: false,
    iceAdditionalHostAddresses: additional,
    codecs: { audio: [new RTCRtpCodecParameters({ mimeType: 'audio/opus', clockRate: 48000, channels: 2 })], video: [] },
  });
  const out = new MediaStreamTrack({ kind: 'audio' });
  let sender: RTCRtpSender | undefined;
  const listeners: ((p: RtpPacket) => void)[] = [];
  let resolveTrack!: (t: MediaStreamTrack) => void;
  const received = new Promise<MediaStreamTrack>((r) => (resolveTrack = r));
  pc.onTrack.subscribe((track) => {
    if (track.kind !== 'audio') return;
    resolveTrack(track);
    track.onReceiveRtp.subscribe((p) => {
      for (const fn of listeners) fn(p);
    });
  });
  const connected = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('RTC_CONNECT_TIMEOUT')), CONNECT_TIMEOUT_MS);
    pc.connectionStateChange.subscribe((state) => {
      if (state === 'connected') {
        clearTimeout(timer);
        resolve();
      } else if (state === 'failed' || state === 'closed') {
        clearTimeout(timer);
        reject(new Error(`RTC_${state.toUpperCase()}`));
      }
    });
  });
  connected.catch(() => {}); // observed by the caller when it cares

  try {
    await pc.setRemoteDescription({ type: 'offer', sdp: offerSdp });
    const transceiver = pc.getTransceivers().find((t) => t.kind === 'audio');
    if (!transceiver) throw new Error('RTC_NO_AUDIO');
    sender = transceiver.sender;
    await transceiver.sender.replaceTrack(out);
    transceiver.setDirection('sendrecv');
    await pc.setLocalDescription(await pc.createAnswer());
    await gathered(pc);
  } catch (err) {
    await pc.close();
    throw err;
  }
  return {
    answerSdp: pc.localDescription!.sdp,
    received,
    onPacket: (fn) => void listeners.push(fn),
    send(p) {
      // The other browser's header extensions (ids it negotiated) mean nothing on this leg.
      p.header.extensions = [];
      out.writeRtp(p);
    },
    // One Opus frame (20 ms at 48 kHz) between the last packet of the old source and the new one's first.
    sourceChanged: () => sender?.replaceRTP({ sequenceNumber: 0, timestamp: 0 }, true, OPUS_FRAME_TICKS),
    connected,
    close: () => pc.close(),
  };
}

function gathered(pc: RTCPeerConnection): Promise<void> {
  if (pc.iceGatheringState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, GATHER_TIMEOUT_MS);
    pc.iceGatheringStateChange.subscribe((state) => {
      if (state === 'complete') {
        clearTimeout(timer);
        resolve();
      }
    });
  });
}
