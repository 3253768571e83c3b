// SPEC VOX-01…VOX-05, WS-08: a call driven through the CTI API, as the agent sees it in Chromium —
// "Nova chamada" and "Tocando" with "Em espera", "Atender", the call card with its protocol,
// "Desligar", the call in "Histórico", and its recording played in "Gravações".
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSuite } from './harness.js';
import { toneWav } from './voice-caller.js';
import { answerFromBanner, playRecording } from './voice-screens.js';

const CTI_TOKEN = 'demo-cti-token';
const CALLER = '+5511987654321';
const RECORDING_SECONDS = 4;

// The PBX's recording server: Atende fetches the file from here (ALLOW_PRIVATE_TARGETS=true).
const wav = toneWav(RECORDING_SECONDS);
let pbx: Server;
let pbxUrl = '';
beforeAll(async () => {
  pbx = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'audio/wav', 'content-length': wav.length });
    res.end(wav);
  });
  await new Promise<void>((resolve) => pbx.listen(0, '127.0.0.1', resolve));
  pbxUrl = `http://127.0.0.1:${(pbx.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => pbx.close(() => resolve())));

const { as, login, server } = browserSuite({ config: () => ({ allowPrivateTargets: true }) });

async function cti(body: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${server().url}/api/voice/cti/${CTI_TOKEN}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
}

/** Resolves once the text of `locator` differs from what it is now (a timer ticking). */
async function changes(locator: Locator): Promise<void> {
  const before = await locator.textContent();
  await expect.poll(() => locator.textContent(), { timeout: 5000, interval: 200 }).not.toBe(before);
}

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

describe('a PBX call in the console (VOX-01, VOX-02, VOX-03, VOX-04)', () => {
  it('rings in "Tocando", is answered into "Atendimento", hung up, listed in "Histórico", and its recording plays', async () => {
    const { page } = await login('agente@demo.local');
    await goOnline(page);
    const callId = `e2e-${Date.now()}`;

    // VOX-01: "Nova chamada" with the caller's number, then "Tocando" with "Em espera" counting up.
    await cti({ event: 'newCall', direction: 'in', from: CALLER, to: '4000', callId, queue: 'Suporte', ivr: { CPF: '123.456.789-09' } });
    // VOX-02: the agent lands in "Atendimento" with the call card: number, IVR data, protocol, timer.
    const { card } = await answerFromBanner(page, CALLER, async (row) => {
      await row.getByText('Em espera').waitFor();
      await changes(row.getByTestId('waiting-time'));
    });
    await card.getByText(CALLER).waitFor();
    await card.getByText('123.456.789-09').waitFor();
    const protocol = (await card.getByText(/^Protocolo: /).textContent())!.replace('Protocolo: ', '').trim();
    expect(protocol).toMatch(/\d/);
    await changes(card.getByTestId('call-timer'));
    await card.getByRole('button', { name: 'Colocar em espera' }).click();
    await card.getByText('Em espera').waitFor();
    await card.getByRole('button', { name: 'Retomar chamada' }).click();
    await card.getByRole('button', { name: 'Colocar em espera' }).waitFor();
    await card.getByRole('button', { name: 'Silenciar microfone' }).click();
    await card.getByText('Microfone silenciado').waitFor();
    await card.getByRole('button', { name: 'Reativar microfone' }).click();
    await card.getByRole('button', { name: 'Silenciar microfone' }).waitFor();
    await card.getByRole('button', { name: 'Desligar' }).click();
    await card.getByText('Chamada encerrada').waitFor();

    // The PBX reports the recording of the call; Atende fetches and keeps it.
    await cti({ event: 'recording', callId, recordingUrl: `${pbxUrl}/rec/${callId}.wav` });

    // VOX-03: "Histórico" lists today's call with its number, protocol and duration.
    await page.getByRole('link', { name: 'Histórico' }).click();
    const history = page.getByRole('table', { name: 'Histórico' });
    const row = history.getByRole('row').filter({ hasText: protocol });
    await row.getByRole('link', { name: new RegExp(CALLER.replace('+', '\\+')) }).waitFor();
    expect(await row.textContent()).toMatch(/\d\d:\d\d:\d\d/);

    // VOX-04: "Gravações" lists the recording; "Reproduzir" plays it with its length shown.
    const { recording, player } = await playRecording(page, protocol);
    // "Reproduzir" was the user's click: the player starts at once.
    await expect.poll(() => player.getByTestId('player-total').textContent()).toBe(`0:0${RECORDING_SECONDS}`);
    const audio = player.getByTestId('recording-audio');
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime), { timeout: 10_000 }).toBeGreaterThan(0.5);
    await player.getByRole('button', { name: 'Pausar' }).click();
    await player.getByRole('button', { name: 'Reproduzir' }).waitFor();
    const paused = await audio.evaluate((a: HTMLAudioElement) => a.currentTime);
    await player.getByRole('button', { name: 'Voltar 10 s' }).click();
    expect(await audio.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeLessThan(paused);
    expect(await player.getByTestId('player-elapsed').textContent()).toBe('0:00');
    // Downloads are for supervisors and admins only.
    expect(await page.getByRole('link', { name: /^Baixar/ }).count()).toBe(0);
    await page.keyboard.press('Escape');

    // "Ver o perfil" opens the call's attendance, with its person, read-only.
    await recording.getByRole('link', { name: /^Ver o perfil/ }).click();
    await page.waitForURL(/\/attendances\/history\/[0-9a-f-]{36}$/);

    // A supervisor finds the same recording and may download it.
    const supervisor = await as('supervisor@demo.local');
    await supervisor.goto('/voice/recordings');
    const theirs = supervisor.getByRole('table', { name: 'Gravações' }).getByRole('row').filter({ hasText: protocol });
    const download = theirs.getByRole('link', { name: /^Baixar a gravação/ });
    const href = await download.getAttribute('href');
    expect(href).toContain('download=1');
    const fetched = await supervisor.evaluate(async (url) => {
      const res = await fetch(url!, { credentials: 'same-origin' });
      return { status: res.status, type: res.headers.get('content-type') };
    }, href);
    expect(fetched.status).toBe(200);
    expect(fetched.type).toMatch(/^audio\//);
  });
});
