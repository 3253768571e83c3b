import type { DialResult } from '@atende/shared';
import type { Principal } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { settingsOf } from '../settings.js';
import { userExtension } from '../../tenancy/index.js';

/**
 * SPEC VOX-05, WS-08 click-to-dial: with a PBX template the organization's PBX is asked to
 * originate (`{to}` and `{extension}` filled in, URL-encoded) through the guarded outbound fetch;
 * without one the agent's softphone dials. The call itself is reported back by the PBX's CTI events.
 */
export async function dialCommand(platform: Platform, p: Principal, to: string): Promise<DialResult> {
  const { settings, extension } = await platform.tenant.asUser(p, async (s) => ({
    settings: await settingsOf(s),
    extension: (await userExtension(s, p.userId)) ?? '',
  }));
  const number = to.trim();
  if (!settings.clickToDialUrl) return { dial: 'softphone', to: number };
  const url = settings.clickToDialUrl
    .replaceAll('{to}', encodeURIComponent(number))
    .replaceAll('{extension}', encodeURIComponent(extension))
    .replaceAll('{user}', encodeURIComponent(p.email));
  let res: Response;
  try {
    res =
      settings.clickToDialMethod === 'GET'
        ? await platform.outboundFetch(url, { method: 'GET', timeoutMs: 10_000 })
        : await platform.outboundFetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ to: number, extension, user: p.email }),
            timeoutMs: 10_000,
          });
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('VOICE_DIAL_FAILED', { cause: err });
  }
  await res.body?.cancel().catch(() => undefined);
  if (!res.ok) throw new AppError('VOICE_DIAL_FAILED');
  return { dial: 'pbx', to: number };
}
