import { MediaStreamTrack, RTCPeerConnection, RtpHeader, RtpPacket } from 'werift';

// Built-in call tests (VOX-06 a): werift peers stand in for the caller's and the agent's browsers.

/** A "browser": a peer offering audio (ICE gathered) that sends Opus frames and counts what it hears. */
export async function browserPeer() {
  const pc = new RTCPeerConnection({ iceServers: [], iceUseIpv6: false, iceAdditionalHostAddresses: ['127.0.0.1'] });
  const mic = new MediaStreamTrack({ kind: 'audio' });
  pc.addTransceiver(mic, { direction: 'sendrecv' });
  let heard = 0;
  let heardAt = 0;
  let lastSeq: number | null = null;
  let seqJump = 0;
  pc.onTrack.subscribe((track) =>
    track.onReceiveRtp.subscribe((p) => {
      heard++;
      heardAt = Date.now();
      // A browser's SRTP replay check drops packets that jump far back: the stream must stay continuous.
      if (lastSeq !== null) seqJump = Math.max(seqJump, Math.abs(((((p.header.sequenceNumber - lastSeq + 32768) % 65536) + 65536) % 65536) - 32768));
      lastSeq = p.header.sequenceNumber;
    }),
  );
  await pc.setLocalDescription(await pc.createOffer());
  if (pc.iceGatheringState !== 'complete') await new Promise<void>((r) => pc.iceGatheringStateChange.subscribe((s) => s === 'complete' && r()));
  // Browsers start their streams at a random sequence number (RFC 3550 §5.1).
  let seq = Math.floor(Math.random() * 65_536);
  const ssrc = Math.floor(Math.random() * 2 ** 31);
  // An Opus silence frame every 20 ms (what a muted microphone sends).
  const talking = setInterval(() => {
    seq++;
    mic.writeRtp(
      new RtpPacket(new RtpHeader({ payloadType: 111, sequenceNumber: seq & 0xffff, timestamp: seq * 960, ssrc }), Buffer.from([0xf8, 0xff, 0xfe])),
    );
  }, 20);
  return {
    offer: pc.localDescription!.sdp,
    answer: (sdp: string) => pc.setRemoteDescription({ type: 'answer', sdp }),
    heard: () => heard,
    /** The largest step between two consecutive sequence numbers heard (1 for a continuous stream). */
    seqJump: () => seqJump,
    /** Nothing heard for this long (a closed or silent leg): packets come every 20 ms otherwise. */
    silentFor: (ms: number) => Date.now() - heardAt >= ms,
    async close() {
      clearInterval(talking);
      await pc.close();
    },
  };
}

export const until = async (check: () => Promise<boolean> | boolean, what: string, ms = 15_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};
