import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/test-app.js';
import { callRecordings } from '../../../db/schema/voice.js';

// SPEC VOX-04: a PBX that hands over a WAV gets it kept compressed: Atende stores Ogg/Opus
// (ffmpeg), served with Range as any recording.

/** Two seconds of a 440 Hz tone, 8 kHz mono 16-bit PCM: what a PBX typically records. */
function wav(seconds = 2, rate = 8000): Buffer {
  const samples = seconds * rate;
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) data.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / rate)), i * 2);
  const h = Buffer.alloc(44);
  h.write('RIFF', 0);
  h.writeUInt32LE(36 + data.length, 4);
  h.write('WAVEfmt ', 8);
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(1, 22);
  h.writeUInt32LE(rate, 24);
  h.writeUInt32LE(rate * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36);
  h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]);
}

describe('recordings handed over as WAV (SPEC VOX-04)', () => {
  let t: TestApp;
  let pbx: Server;
  let pbxUrl: string;
  let supervisor: Session;
  const WAV = wav();

  beforeAll(async () => {
    t = await createTestApp({ config: { allowPrivateTargets: true } });
    pbx = createServer((_req, res) => void res.writeHead(200, { 'content-type': 'audio/wav', 'content-length': WAV.length }).end(WAV));
    await new Promise<void>((resolve) => pbx.listen(0, '127.0.0.1', resolve));
    pbxUrl = `http://127.0.0.1:${(pbx.address() as AddressInfo).port}`;
    supervisor = await t.login('supervisor@demo.local');
  });
  afterAll(async () => {
    await new Promise((resolve) => pbx.close(resolve));
    await t.close();
  });

  it('stores Ogg/Opus, far smaller than the WAV, and serves it with Range', async () => {
    const cti = (payload: object) => t.app.inject({ method: 'POST', url: '/api/voice/cti/demo-cti-token', payload });
    const callId = `wav-${Date.now()}`;
    await cti({ event: 'newCall', direction: 'in', from: '11987650000', to: '4000', callId, queue: 'Suporte' });
    await cti({ event: 'answer', callId });
    await cti({ event: 'hangup', callId });
    expect((await cti({ event: 'recording', callId, recordingUrl: `${pbxUrl}/rec.wav` })).json().changed).toBe(true);
    // A job fetches and compresses it.
    const rec = await vi.waitFor(
      async () => {
        const [row] = await t.database.db.select().from(callRecordings).where(eq(callRecordings.status, 'stored'));
        if (!row) throw new Error('not stored yet');
        return row;
      },
      { timeout: 30_000, interval: 100 },
    );
    expect(rec).toMatchObject({ contentType: 'audio/ogg' });
    expect(rec!.size).toBeGreaterThan(0);
    expect(rec!.size).toBeLessThan(WAV.length / 3);
    const head = await supervisor.inject({ url: `/api/recordings/${rec!.id}/audio`, headers: { range: 'bytes=0-3' } });
    expect(head.statusCode).toBe(206);
    expect(head.headers['content-type']).toMatch(/^audio\/ogg/);
    expect(head.rawPayload.toString('latin1')).toBe('OggS');
  });
});
