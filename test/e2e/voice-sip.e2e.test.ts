// SPEC VOX-01, VOX-02, VOX-04, VOX-06 (b): a real call through the reference SIP edge. baresip
// calls the "Suporte" queue on Kamailio, which tells Atende by CTI; the agent's console shows
// "Nova chamada", "Atender" answers both in Atende and in the softphone (JsSIP in Chromium, fake
// microphone), audio flows both ways through rtpengine (measured on both ends), "Desligar" ends
// it, and the recording rtpengine made reaches "Gravações". With two agents, Kamailio rings only
// the agent Atende's routing chose (CTI route), and the next one when that ring runs out (VOX-01).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertVoicePackages, startVoiceEdge, type VoiceEdge } from '../../scripts/voice-edge.js';
import { browserSuite, staffApi } from './harness.js';
import { callFromBaresip, wavRms, type Caller } from './voice-caller.js';
import { answerFromBanner, playRecording } from './voice-screens.js';

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
  const toggle = list.getByRole('switch', { name: 'Suporte' });
  // Still online from an earlier test (its presence outlives the closed tab for a grace period): stay so.
  if (!(await toggle.isChecked())) await toggle.click({ force: true });
  await list
    .getByRole('group', { name: 'Suporte' })
    .getByText(/^Online há/)
    .waitFor();
  await page.keyboard.press('Escape');
}

type Stats = { packetsReceived: number; packetsSent: number; audioLevel: number };

/** The SIP state of the page's softphone: 'ringing', 'answered'… or null without a session. */
function sipCall(page: Page): Promise<string | null> {
  return page.evaluate(
    () => (window as unknown as { atendeSoftphone?: { state: { call: { state: string } | null } } }).atendeSoftphone?.state.call?.state ?? null,
  );
}

/** Waits until the page's softphone is in `state` (null: no session), as the browser's own events report it. */
function sipCallIs(page: Page, state: string | null, timeout = 20_000): Promise<unknown> {
  return page.waitForFunction(
    (wanted) =>
      ((window as unknown as { atendeSoftphone?: { state: { call: { state: string } | null } } }).atendeSoftphone?.state.call?.state ?? null) ===
      wanted,
    state,
    { timeout, polling: 100 },
  );
}

async function audioFlows(page: Page, who: Caller): Promise<void> {
  const stats = () => page.evaluate(() => (window as unknown as { atendeSoftphone: { audioStats(): Promise<Stats> } }).atendeSoftphone.audioStats());
  await expect
    .poll(
      async () => {
        const s = await stats();
        return s.packetsReceived > 100 && s.audioLevel > 0.01 && s.packetsSent > 100;
      },
      { timeout: 20_000, message: `audio did not flow; caller log:\n${who.log()}` },
    )
    .toBe(true);
}

describe('voice through a SIP PBX (Kamailio + rtpengine)', () => {
  it('rings the agent, carries audio both ways once answered, ends on "Desligar" and keeps the recording', async () => {
    const { page } = await suite.login('agente@demo.local');
    await goOnline(page);
    // The agent's extension (demo: 2001) is registered to the PBX.
    await page.locator('[data-sip="registered"]').waitFor({ state: 'attached' });

    caller = callFromBaresip({ number: CALLER, target: `sip:2000@${edge.sipUdp}`, proxy: edge.sipUdp });
    const { card } = await answerFromBanner(page, CALLER);
    await card.getByText(CALLER).waitFor();
    const protocol = (await card.getByText(/^Protocolo: /).textContent())!.replace('Protocolo: ', '').trim();

    // The agent hears the caller's tone and sends its microphone: packets flow and carry sound.
    await audioFlows(page, caller);

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

  it('rings only the agent Atende chose; when that ring runs out, the other agent’s phone rings and they answer (VOX-01)', async () => {
    const admin = await staffApi(suite.server().url, 'admin@demo.local');
    // A short ring keeps the test quick; it is also Kamailio's branch timer (CTI route's ringSeconds).
    expect((await admin.call('PUT', '/api/voice/settings', { ringTimeoutSeconds: 6 })).status).toBe(200);
    const agents = [await suite.login('agente@demo.local'), await suite.login('agente2@demo.local')].map((s) => s.page);
    for (const page of agents) {
      await goOnline(page);
      await page.locator('[data-sip="registered"]').waitFor({ state: 'attached' });
    }

    const second = callFromBaresip({ number: CALLER, target: `sip:2000@${edge.sipUdp}`, proxy: edge.sipUdp });
    caller = second;
    // Exactly one softphone rings: the one of the agent Atende's routing picked.
    const firstRung = await Promise.race(agents.map((page) => sipCallIs(page, 'ringing', 30_000).then(() => page)));
    const other = agents.find((p) => p !== firstRung)!;
    expect(await sipCall(other)).toBeNull();
    await firstRung.getByRole('alert', { name: 'Nova chamada' }).getByText(CALLER).waitFor();

    // Nobody answers there: the ring ends at the first agent and moves to the other one.
    await sipCallIs(other, 'ringing', 30_000);
    await sipCallIs(firstRung, null);
    const { card } = await answerFromBanner(other, CALLER);
    await card.getByText(CALLER).waitFor();
    await sipCallIs(other, 'answered');
    await audioFlows(other, second);
    // The first agent's phone stayed quiet after its ring ended.
    expect(await sipCall(firstRung)).toBeNull();

    // VOX-06 (b): a direct extension call beside the queue call. The queue call goes on hold; the
    // call card lists both ("Chamadas"); the agent hangs up the extension call on its own.
    const firstExtension = firstRung === agents[0] ? '2001' : '2002';
    await other.evaluate((to) => (window as unknown as { atendeSoftphone: { dial(to: string): void } }).atendeSoftphone.dial(to), firstExtension);
    await sipCallIs(firstRung, 'ringing');
    const lines = card.getByRole('list', { name: 'Chamadas' });
    await lines.getByRole('listitem', { name: CALLER }).getByText('Em espera').waitFor();
    await lines.getByRole('listitem', { name: firstExtension }).getByText('Chamando').waitFor();
    await lines.getByRole('button', { name: `Desligar ${firstExtension}` }).click();
    await lines.waitFor({ state: 'detached' });
    await sipCallIs(firstRung, null);
    expect(await sipCall(other)).toBe('answered');

    await card.getByRole('button', { name: 'Desligar' }).click();
    await card.getByText('Chamada encerrada').waitFor();
    await second.closed();
    await second.stop();
    expect(wavRms(second.heardWav())).toBeGreaterThan(100);
  });
});
