// SPEC VOX-01, VOX-02, VOX-04, VOX-06 (b): a real call through the reference SIP edge. baresip
// calls the "Suporte" queue on Kamailio, which tells Atende by CTI; the agent's console shows
// "Nova chamada", "Atender" answers both in Atende and in the softphone (JsSIP in Chromium, fake
// microphone), audio flows both ways through rtpengine (measured on both ends), "Desligar" ends
// it, and the recording rtpengine made reaches "Gravações".
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertVoicePackages, startVoiceEdge, type VoiceEdge } from '../../scripts/voice-edge.js';
import { browserSuite } from './harness.js';
import { callFromBaresip, wavRms, type Caller } from './voice-caller.js';
import { playRecording } from './voice-screens.js';

// Ports apart from `npm run voice:dev`'s, so both can run at once.
const PORTS = { sipPort: 15060, wsPort: 15066, ngPort: 12223, rtpPortMin: 32000 };
const CALLER = '5511987654321';

const suite = browserSuite({
  // The console's softphone registers here (GET /api/voice/sip); the edge's recordings are on loopback.
  config: () => ({ sipWsUrl: `ws://127.0.0.1:${PORTS.wsPort}`, allowPrivateTargets: true }),
});
let edge: VoiceEdge;
let caller: Caller | undefined;

// After the suite's hooks: the edge posts its CTI events to the running server.
beforeAll(async () => {
  // Not skipped without the packages: the test fails saying which to install (CI installs them).
  assertVoicePackages(['kamailio', 'rtpengine', 'baresip']);
  edge = await startVoiceEdge({ ...PORTS, atendeUrl: suite.server().url, ctiToken: 'demo-cti-token' });
});
afterAll(async () => {
  await caller?.stop();
  await edge?.stop();
});

/** Logs the agent into the voice queue "Suporte", so its calls ring at them. */
async function goOnline(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Canais de voz', exact: true }).click();
  const list = page.getByRole('dialog', { name: 'Canais de voz' });
  // Mantine draws the switch's track over its (visually hidden) input: click where the user would.
  await list.getByRole('switch', { name: 'Suporte' }).click({ force: true });
  await list
    .getByRole('group', { name: 'Suporte' })
    .getByText(/^Online há/)
    .waitFor();
  await page.keyboard.press('Escape');
}

type Stats = { packetsReceived: number; packetsSent: number; audioLevel: number };

describe('voice through a SIP PBX (Kamailio + rtpengine)', () => {
  it('rings the agent, carries audio both ways once answered, ends on "Desligar" and keeps the recording', async () => {
    const { page } = await suite.login('agente@demo.local');
    await goOnline(page);
    // The agent's extension (demo: 2001) is registered to the PBX.
    await page.locator('[data-sip="registered"]').waitFor({ state: 'attached' });

    caller = callFromBaresip({ number: CALLER, target: `sip:2000@${edge.sipUdp}`, proxy: edge.sipUdp });
    const banner = page.getByRole('alert', { name: 'Nova chamada' });
    await banner.getByText(CALLER).waitFor({ timeout: 15_000 });
    await banner.getByRole('link', { name: 'Tocando' }).click();
    const ringing = page.getByRole('list', { name: 'Tocando' }).getByRole('listitem', { name: CALLER });
    await ringing.getByRole('button', { name: `Chamada de ${CALLER}` }).click();
    await ringing.getByRole('button', { name: 'Atender' }).click();

    await page.waitForURL(/\/attendances\/[0-9a-f-]{36}$/);
    const card = page.getByRole('region', { name: 'Chamada' });
    await card.getByText(CALLER).waitFor();
    const protocol = (await card.getByText(/^Protocolo: /).textContent())!.replace('Protocolo: ', '').trim();

    // The agent hears the caller's tone and sends its microphone: packets flow and carry sound.
    const stats = () =>
      page.evaluate(() => (window as unknown as { atendeSoftphone: { audioStats(): Promise<Stats> } }).atendeSoftphone.audioStats());
    await expect
      .poll(
        async () => {
          const s = await stats();
          return s.packetsReceived > 100 && s.audioLevel > 0.01 && s.packetsSent > 100;
        },
        { timeout: 20_000, message: `audio did not flow; caller log:\n${caller.log()}` },
      )
      .toBe(true);

    await card.getByRole('button', { name: 'Desligar' }).click();
    await card.getByText('Chamada encerrada').waitFor();
    await caller.closed();
    await caller.stop();
    // The caller heard the agent's (fake) microphone: not silence.
    expect(wavRms(caller.heardWav())).toBeGreaterThan(100);

    // VOX-04: rtpengine's recording reaches "Gravações" through the CTI `recording` event.
    const { player } = await playRecording(page, protocol);
    await expect.poll(() => player.getByTestId('player-total').textContent()).toMatch(/^0:0[1-9]|^0:[1-5]\d/);
  });
});
