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
