// Call recordings of the reference SIP edge (SPEC VOX-04, VOX-06): rtpengine writes each call as
// a pcap of both legs' decrypted RTP, tagged with the SIP Call-ID (kamailio.cfg passes
// metadata=callid:…). When a call ends, its pcap becomes an 8 kHz WAV of both parties mixed, served
// over HTTP, and the PBX tells Atende through the CTI API (`recording` with `recordingUrl`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const RATE = 8000;

/** μ-law (G.711 PCMU) byte → 16-bit sample. */
function ulaw(byte: number): number {
  const u = ~byte & 0xff;
  const t = (((u & 0x0f) << 3) + 0x84) << ((u & 0x70) >> 4);
  return u & 0x80 ? 0x84 - t : t - 0x84;
}
/** A-law (G.711 PCMA) byte → 16-bit sample. */
function alaw(byte: number): number {
  const a = byte ^ 0x55;
  const exponent = (a & 0x70) >> 4;
  let t = (a & 0x0f) << 4;
  t = exponent === 0 ? t + 8 : (t + 0x108) << (exponent - 1);
  return a & 0x80 ? t : -t;
}

/**
 * Mixes the G.711 RTP streams of an rtpengine pcap (link type Ethernet or raw IPv4) into one mono
 * 16-bit WAV, each packet placed at its capture time. Other payloads (DTMF events) are skipped.
 */
export function pcapToWav(pcap: Buffer): Buffer {
  if (pcap.length < 24) return wav(new Int16Array(0));
  const le = pcap.readUInt32LE(0) === 0xa1b2c3d4;
  const u32 = (at: number) => (le ? pcap.readUInt32LE(at) : pcap.readUInt32BE(at));
  const linkType = u32(20);
  const packets: { time: number; ssrc: number; samples: number[] }[] = [];
  for (let at = 24; at + 16 <= pcap.length;) {
    const time = u32(at) + u32(at + 4) / 1e6;
    const length = u32(at + 8);
    const frame = pcap.subarray(at + 16, at + 16 + length);
    at += 16 + length;
    const ip = linkType === 1 ? 14 : 0;
    if (frame.length < ip + 20 || frame[ip]! >> 4 !== 4 || frame[ip + 9] !== 17) continue;
    const udp = ip + (frame[ip]! & 0x0f) * 4;
    const rtp = udp + 8;
    if (frame.length < rtp + 12 || frame[rtp]! >> 6 !== 2) continue;
    const payloadType = frame[rtp + 1]! & 0x7f;
    if (payloadType !== 0 && payloadType !== 8) continue;
    const start =
      rtp + 12 + (frame[rtp]! & 0x0f) * 4 + (frame[rtp]! & 0x10 ? 4 + frame.readUInt16BE(rtp + 12 + (frame[rtp]! & 0x0f) * 4 + 2) * 4 : 0);
    const decode = payloadType === 0 ? ulaw : alaw;
    packets.push({ time, ssrc: frame.readUInt32BE(rtp + 8), samples: [...frame.subarray(start)].map(decode) });
  }
  if (packets.length === 0) return wav(new Int16Array(0));
  const t0 = Math.min(...packets.map((p) => p.time));
  const end = Math.max(...packets.map((p) => Math.round((p.time - t0) * RATE) + p.samples.length));
  const mix = new Float64Array(end);
  for (const p of packets) {
    const offset = Math.round((p.time - t0) * RATE);
    p.samples.forEach((s, i) => (mix[offset + i]! += s));
  }
  return wav(Int16Array.from(mix, (s) => Math.max(-32768, Math.min(32767, Math.round(s)))));
}

function wav(samples: Int16Array): Buffer {
  const out = Buffer.alloc(44 + samples.length * 2);
  out.write('RIFF', 0);
  out.writeUInt32LE(36 + samples.length * 2, 4);
  out.write('WAVEfmt ', 8);
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20);
  out.writeUInt16LE(1, 22);
  out.writeUInt32LE(RATE, 24);
  out.writeUInt32LE(RATE * 2, 28);
  out.writeUInt16LE(2, 32);
  out.writeUInt16LE(16, 34);
  out.write('data', 36);
  out.writeUInt32LE(samples.length * 2, 40);
  samples.forEach((s, i) => out.writeInt16LE(s, 44 + i * 2));
  return out;
}

/** A finished call in rtpengine's metadata: its pcap and the Call-ID it was tagged with. */
function finishedCall(metadataFile: string): { pcap: string; callId: string } | null {
  const text = readFileSync(metadataFile, 'utf8');
  if (!/^call end time:/m.test(text)) return null;
  const callId = /^callid:(.+)$/m.exec(text)?.[1]?.trim();
  const pcap = text.split('\n')[0]?.trim();
  return callId && pcap && existsSync(pcap) ? { pcap, callId } : null;
}

export type RecordingPublisher = { url: string; close(): Promise<void> };

/**
 * Serves finished calls' WAVs at `<url>/recordings/<Call-ID>.wav` and posts the CTI `recording`
 * event to `ctiUrl` for each call as it ends (failures are logged; Atende ignores repeats).
 */
export async function publishRecordings(options: {
  recordingDir: string;
  ctiUrl: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<RecordingPublisher> {
  const metadataDir = path.join(options.recordingDir, 'metadata');
  const posted = new Set<string>();
  const byCallId = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const match = /^\/recordings\/(.+)\.wav$/.exec(decodeURIComponent(req.url ?? ''));
    const pcap = match ? byCallId.get(match[1]!) : undefined;
    if (!pcap) return void res.writeHead(404).end();
    const body = pcapToWav(readFileSync(pcap));
    res.writeHead(200, { 'content-type': 'audio/wav', 'content-length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const scan = () => {
    if (!existsSync(metadataDir)) return;
    for (const name of readdirSync(metadataDir)) {
      const call = finishedCall(path.join(metadataDir, name));
      if (!call || posted.has(call.callId)) continue;
      posted.add(call.callId);
      byCallId.set(call.callId, call.pcap);
      const recordingUrl = `${url}/recordings/${encodeURIComponent(call.callId)}.wav`;
      fetch(options.ctiUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ event: 'recording', callId: call.callId, recordingUrl }),
      })
        .then((res) => options.log?.(`recording of ${call.callId} → CTI ${res.status}`))
        .catch((error: unknown) => options.log?.(`recording of ${call.callId} not posted: ${String(error)}`));
    }
  };
  // rtpengine appends the end time to the metadata file in place: a short poll sees it everywhere.
  const timer = setInterval(scan, 500);
  return {
    url,
    close: async () => {
      clearInterval(timer);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
