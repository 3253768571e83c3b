// What both voice browser tests do in "Gravações" (SPEC VOX-04): wait for a call's recording to be
// listed, then open it in the player.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Opens "Gravações", waits until the call with `protocol` is listed (a background job fetches it), plays it. */
export async function playRecording(page: Page, protocol: string): Promise<{ recording: Locator; player: Locator }> {
  await page.getByRole('link', { name: 'Gravações' }).click();
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
