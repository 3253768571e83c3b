import { ProviderError } from '../port.js';
import type { AdapterChannel, ProviderContext } from '../port.js';
import { classifyGraphError, networkError } from './whatsapp-errors.js';
import { GRAPH_VERSION } from './whatsapp-wire.js';

// SPEC CH-02, CH-08: every Graph API call goes to the configured base URL (META_GRAPH_URL, a local
// fake in tests) with the channel's bearer token; failures become classified ProviderErrors.

export type WhatsappCredentials = { phoneNumberId: string; wabaId: string | null; accessToken: string };

/** The channel's phone number id and token; a channel saved without them cannot call the provider. */
export function credentialsOf(channel: AdapterChannel): WhatsappCredentials {
  const phoneNumberId = typeof channel.settings.phoneNumberId === 'string' ? channel.settings.phoneNumberId : '';
  const wabaId = typeof channel.settings.wabaId === 'string' && channel.settings.wabaId ? channel.settings.wabaId : null;
  const accessToken = channel.secrets.accessToken ?? '';
  if (!phoneNumberId || !accessToken) throw new ProviderError('permanent', 'not_configured', 'Phone number id or access token missing');
  return { phoneNumberId, wabaId, accessToken };
}

export const graphUrl = (ctx: ProviderContext, path: string) => `${ctx.baseUrl}/${GRAPH_VERSION}/${path}`;

/** A request with the bearer token; only a missing answer (network) throws here. */
export async function graphFetch(ctx: ProviderContext, accessToken: string, url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${accessToken}`);
  try {
    return await ctx.fetch(url, { ...init, headers });
  } catch (error) {
    throw networkError(error);
  }
}

async function bodyOf(res: Response): Promise<unknown> {
  const text = await res.text().catch(() => '');
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

/** A JSON call: the parsed answer on 2xx, a classified ProviderError otherwise. */
export async function graphJson<T>(ctx: ProviderContext, accessToken: string, url: string, init: RequestInit = {}): Promise<T> {
  const res = await graphFetch(ctx, accessToken, url, init);
  const body = await bodyOf(res);
  if (!res.ok) throw classifyGraphError(res.status, body, res.headers.get('retry-after'));
  if (body === null || typeof body !== 'object') throw new ProviderError('permanent', 'bad_response', `Unreadable answer (HTTP ${res.status})`);
  return body as T;
}

export const jsonPost = (payload: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(payload),
});
