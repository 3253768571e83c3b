// SPEC VOX-01, VOX-02, VOX-06 (b): a real call through the reference SIP edge. baresip calls the
// "Suporte" queue on Kamailio; the agent's console softphone (JsSIP in Chromium, fake microphone)
// rings with "Nova chamada", answers with "Atender", audio flows both ways through rtpengine
// (measured on both ends), "Desligar" ends it and rtpengine has recorded the call.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startVoiceEdge, type VoiceEdge } from '../../scripts/voice-edge.js';
import { browserSuite, loginAs } from './harness.js';
import { callFromBaresip, wavRms, type Caller } from './voice-caller.js';

// Ports apart from `npm run voice:dev`'s, so both can run at once.
const PORTS = { sipPort: 15060, wsPort: 15066, ngPort: 12223, rtpPortMin: 32000 };

const suite = browserSuite({ config: () => ({ sipWsUrl: `ws://127.0.0.1:${PORTS.wsPort}` }) });
let edge: VoiceEdge;
let caller: Caller | undefined;

// After the suite's hooks: the edge posts its CTI events to the running server.
beforeAll(async () => {
  edge = await startVoiceEdge({ ...PORTS, atendeUrl: suite.server().url, ctiToken: 'demo-cti-token' });
});
afterAll(async () => {
  await caller?.stop();
  await edge?.stop();
});

describe('voice through a SIP PBX (Kamailio + rtpengine)', () => {
  it('rings the agent, carries audio both ways once answered, ends on "Desligar" and records the call', async () => {
    const { context, page } = await suite.open();
    // GET /api/voice/sip gives the agent's SIP device (demo: agente@demo.local is extension 1001)
    // and the PBX address (SIP_WS_URL). Until the server answers it, the demo device stands in.
    await context.route('**/api/voice/sip', async (route) => {
      const response = await route.fetch();
      const device = response.ok() ? ((await response.json()) as Record<string, unknown>) : {};
      await route.fulfill({
        json: { extension: device.extension ?? '1001', password: device.password ?? 'demo1234', wsUrl: device.wsUrl ?? edge.wsUrl },
      });
    });
    await loginAs(page, 'agente@demo.local');
    await page.locator('[data-sip="registered"]').waitFor({ state: 'attached' });

    caller = callFromBaresip({ number: '5511987654321', target: `sip:2000@${edge.sipUdp}`, proxy: edge.sipUdp });
    const phone = page.getByRole('region', { name: 'Telefone' });
    await phone.getByText('Nova chamada').waitFor({ timeout: 15_000 });
    await phone.getByText('5511987654321').waitFor();

    await phone.getByRole('button', { name: 'Atender' }).click();
    await phone.getByText('Em chamada').waitFor();

    // The agent hears the caller's tone: packets arrive and carry sound.
    type Stats = { packetsReceived: number; packetsSent: number; audioLevel: number };
    const stats = () =>
      page.evaluate(() => (window as unknown as { atendeSoftphone: { audioStats(): Promise<Stats> } }).atendeSoftphone.audioStats());
    await expect
      .poll(async () => {
        const s = await stats();
        return s.packetsReceived > 100 && s.audioLevel > 0.01 && s.packetsSent > 100;
      }, { timeout: 20_000, message: `audio did not flow; caller log:\n${caller.log()}` })
      .toBe(true);

    await phone.getByRole('button', { name: 'Desligar' }).click();
    await caller.closed();
    await phone.getByText('Em chamada').waitFor({ state: 'detached' });
    await caller.stop();

    // The caller heard the agent's (fake) microphone: not silence.
    expect(wavRms(caller.heardWav())).toBeGreaterThan(100);

    // rtpengine recorded both legs of the call.
    const pcaps = path.join(edge.recordingDir, 'pcaps');
    expect(existsSync(pcaps)).toBe(true);
    const files = readdirSync(pcaps).filter((f) => f.endsWith('.pcap'));
    expect(files.length).toBe(1);
    expect(statSync(path.join(pcaps, files[0]!)).size).toBeGreaterThan(10_000);
  });
});
