import { describe, expect, it } from 'vitest';
import { pcapToWav } from './voice-recordings.ts';

/** An Ethernet pcap of RTP packets: `streams` of PCMU payloads, one packet every 20 ms each. */
function pcap(streams) {
  const records = [];
  streams.forEach((payloads, n) => {
    payloads.forEach((payload, i) => {
      const rtp = Buffer.alloc(12 + payload.length);
      rtp[0] = 0x80;
      rtp[1] = 0; // PCMU
      rtp.writeUInt16BE(i, 2);
      rtp.writeUInt32BE(i * 160, 4);
      rtp.writeUInt32BE(1000 + n, 8);
      payload.copy(rtp, 12);
      const udp = Buffer.alloc(8);
      const ip = Buffer.alloc(20);
      ip[0] = 0x45;
      ip[9] = 17;
      const frame = Buffer.concat([Buffer.alloc(14), ip, udp, rtp]);
      const header = Buffer.alloc(16);
      const time = 1000 + i * 0.02;
      header.writeUInt32LE(Math.floor(time), 0);
      header.writeUInt32LE(Math.round((time % 1) * 1e6), 4);
      header.writeUInt32LE(frame.length, 8);
      header.writeUInt32LE(frame.length, 12);
      records.push({ time, data: Buffer.concat([header, frame]) });
    });
  });
  records.sort((a, b) => a.time - b.time);
  const global = Buffer.alloc(24);
  global.writeUInt32LE(0xa1b2c3d4, 0);
  global.writeUInt16LE(2, 4);
  global.writeUInt16LE(4, 6);
  global.writeUInt32LE(65535, 16);
  global.writeUInt32LE(1, 20); // Ethernet
  return Buffer.concat([global, ...records.map((r) => r.data)]);
}

const samples = (wav) => Array.from({ length: (wav.length - 44) / 2 }, (_, i) => wav.readInt16LE(44 + i * 2));

describe('SIP edge recordings (VOX-04): rtpengine pcap → WAV', () => {
  it('mixes both parties into an 8 kHz WAV as long as the call', () => {
    // 0xff is μ-law silence; 0x80 a loud positive sample; 0x00 a loud negative one.
    const caller = Array.from({ length: 50 }, () => Buffer.alloc(160, 0x80));
    const agent = Array.from({ length: 50 }, () => Buffer.alloc(160, 0xff));
    const wav = pcapToWav(pcap([caller, agent]));
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(wav.readUInt32LE(24)).toBe(8000);
    const s = samples(wav);
    expect(s.length).toBe(50 * 160); // one second
    expect(Math.min(...s)).toBeGreaterThan(30_000);
  });

  it('writes an empty WAV for a call without audio', () => {
    expect(samples(pcapToWav(pcap([])))).toEqual([]);
  });
});
