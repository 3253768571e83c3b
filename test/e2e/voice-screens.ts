// What the voice browser tests share: going online in "Suporte", answering from "Nova chamada",
// measuring a call's audio (VOX-06 a) and, in "Gravações" (SPEC VOX-04), waiting for a call's recording to be listed and playing it.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Opens "Gravações" (the voice menu's, or the Canal de Alertas' at `/alerts/recordings`), waits until
 * the call with `protocol` is listed (a background job fetches it), plays it.
 */
export async function playRecording(
  page: Page,
  protocol: string,
  menu: '/voice/recordings' | '/alerts/recordings' = '/voice/recordings',
): Promise<{ recording: Locator; player: Locator }> {
  await page.getByRole('navigation', { name: 'Menu principal' }).locator(`a[href="${menu}"]`).click();
  const recordings = page.getByRole('table', { name: 'Gravações' });
  const recording = recordings.getByRole('row').filter({ hasText: protocol });
  await expect
    .poll(
      async () => {
        if (await recording.count()) return true;
        await page.reload();
        await recordings.waitFor();
        return false;
      },
      { timeout: 20_000, interval: 500 },
    )
    .toBe(true);
  await recording.getByRole('button', { name: /^Reproduzir a gravação/ }).click();
  return { recording, player: page.getByRole('dialog').getByRole('group', { name: 'Player da gravação' }) };
}

/**
 * VOX-01: "Nova chamada" naming `caller` → "Tocando" → the caller's row → "Atender"; resolves once
 * the console opened the call's attendance, with its card and the moment "Atender" was pressed.
 * `ringing` checks the row before the answer. A refused answer shows an alert, which a failure names.
 */
export async function answerFromBanner(page: Page, caller: string, ringing?: (row: Locator) => Promise<void>) {
  const banner = page.getByRole('alert', { name: 'Nova chamada' });
  await banner.getByText(caller).waitFor({ timeout: 15_000 });
  await banner.getByRole('link', { name: 'Tocando' }).click();
  const row = page.getByRole('list', { name: 'Tocando' }).getByRole('listitem', { name: caller });
  await ringing?.(row);
  await row.getByRole('button', { name: `Chamada de ${caller}` }).click();
  await row.getByRole('button', { name: 'Atender' }).click();
  const answeredAt = Date.now();
  // Atende takes the answer first (a slower step on a loaded machine), then the console navigates.
  await page.waitForURL(/\/attendances\/[0-9a-f-]{36}$/, { timeout: 20_000 }).catch(async (error: unknown) => {
    const alerts = await page.getByRole('alert').allTextContents();
    throw new Error(`no attendance opened after "Atender" (${alerts.join(' | ') || 'no alert shown'})`, { cause: error });
  });
  return { card: page.getByRole('region', { name: 'Chamada' }), answeredAt };
}

/** Logs the agent into the voice queue "Suporte" ("Canais de voz"), so its calls ring at them. */
export async function goOnlineInSuporte(page: Page): Promise<void> {
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

type Audio = { bytesReceived: number; audioLevel: number; bytesSent: number };

/** Inbound and outbound audio counters of a peer connection the page exposes (`expr`). */
function audioStats(page: Page, expr: string): Promise<Audio | null> {
  return page.evaluate(async (expr) => {
    const pc = (0, eval)(expr) as RTCPeerConnection | undefined;
    if (!pc) return null;
    const out = { bytesReceived: 0, audioLevel: 0, bytesSent: 0 };
    (await pc.getStats()).forEach((r: { type: string; kind?: string; bytesReceived?: number; audioLevel?: number; bytesSent?: number }) => {
      if (r.type === 'inbound-rtp' && r.kind === 'audio') {
        out.bytesReceived += r.bytesReceived ?? 0;
        out.audioLevel = Math.max(out.audioLevel, r.audioLevel ?? 0);
      }
      if (r.type === 'outbound-rtp' && r.kind === 'audio') out.bytesSent += r.bytesSent ?? 0;
    });
    return out;
  }, expr);
}

/** Audio flows both ways: bytes in and out, and what comes in is sound, not silence. */
export async function expectAudioFlowing(page: Page, expr: string, who: string) {
  const first = await audioStats(page, expr);
  await expect
    .poll(
      async () => {
        const s = await audioStats(page, expr);
        return Boolean(s && first && s.bytesReceived > first.bytesReceived + 2000 && s.bytesSent > first.bytesSent + 2000 && s.audioLevel > 0.01);
      },
      { timeout: 15_000, message: `audio did not flow at the ${who}` },
    )
    .toBe(true);
}

/**
 * The widget and the alert app keep their RTCPeerConnection to themselves: this collects the page's
 * connections in `window.__pcs`, so a test can read their stats (expectAudioFlowing).
 */
export async function collectPeerConnections(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Native = window.RTCPeerConnection;
    const pcs: RTCPeerConnection[] = [];
    (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs = pcs;
    window.RTCPeerConnection = class extends Native {
      constructor(config?: RTCConfiguration) {
        super(config);
        pcs.push(this);
      }
    } as typeof RTCPeerConnection;
  });
}
