import { errorMessage } from '@atende/shared/i18n';
import type { Locale } from '@atende/shared';
import type { Principal } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { channelById, type ChannelRow } from '../../queues/index.js';
import { adapterChannel, providerContext } from '../adapters/adapter-channel.js';
import type { AdapterChannel, ChannelAdapter, ProviderContext } from '../adapters/port.js';
import { ProviderError } from '../adapters/port.js';
import { adapterFor } from '../adapters/registry.js';

/** An admin's request never waits on a provider longer than this (SPEC ORG-05 "Testar conexão"). */
export const PROVIDER_TIMEOUT_MS = 10_000;

export type ProviderTarget = { row: ChannelRow; adapter: ChannelAdapter; channel: AdapterChannel; ctx: ProviderContext };

/** The provider context with every call bounded by a timeout. */
function timedContext(platform: Platform, adapter: ChannelAdapter): ProviderContext {
  const base = providerContext(platform, adapter);
  const timed: typeof fetch = (input, init) => {
    const timeout = AbortSignal.timeout(PROVIDER_TIMEOUT_MS);
    return base.fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
  };
  return { ...base, fetch: timed };
}

/** A channel of the caller's organization with its adapter, secrets opened for the provider call. */
export async function providerTarget(platform: Platform, p: Principal, id: string): Promise<ProviderTarget> {
  const row = await platform.tenant.inTenant(p.organizationId, p.userId, (s) => channelById(s, id));
  if (!row) throw new AppError('CHANNEL_NOT_FOUND');
  const adapter = adapterFor(row.type);
  // Web chat has an adapter but no provider to call.
  if (!adapter || adapter.baseUrl(platform.config) === null) throw new AppError('CHANNEL_TYPE_UNSUPPORTED');
  return { row, adapter, channel: adapterChannel(platform, row), ctx: timedContext(platform, adapter) };
}

/**
 * What the admin reads when a provider call fails: the provider's own words (with the failure's
 * code, which the console says in the admin's language when it is one of Atende's own), or "did not
 * answer".
 */
export function failedCheck(err: unknown, locale: Locale): { ok: false; detail: string; code?: string } {
  if (err instanceof ProviderError) return { ok: false, detail: err.title, code: err.code };
  return { ok: false, detail: errorMessage('CHANNEL_PROVIDER_UNAVAILABLE', locale) };
}
