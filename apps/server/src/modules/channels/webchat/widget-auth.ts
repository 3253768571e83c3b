import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import type { Scope } from '../../../platform/db/tenant.js';
import { channelByToken, type ChannelRow } from '../../queues/index.js';
import { visitorsRepo, type VisitorRow } from './visitors.repository.js';

export type WidgetChannel = ChannelRow;

export const hashVisitorToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newVisitorToken = () => randomBytes(32).toString('base64url');

// Every widget request names its channel: a short cache spares a read per message. A channel
// deactivated or moved is seen within CHANNEL_CACHE_MS on every instance.
const CHANNEL_CACHE_MS = 10_000;
const caches = new WeakMap<Platform, Map<string, { channel: WidgetChannel | undefined; at: number }>>();

/** The active web-chat channel a widget names by its public token (SPEC CH-01). */
export async function widgetChannel(platform: Platform, token: string): Promise<WidgetChannel> {
  const channelCache = caches.get(platform) ?? new Map<string, { channel: WidgetChannel | undefined; at: number }>();
  caches.set(platform, channelCache);
  let cached = channelCache.get(token);
  if (!cached || Date.now() - cached.at > CHANNEL_CACHE_MS) {
    cached = { channel: await platform.tenant.inSystem((s) => channelByToken(s, token)), at: Date.now() };
    if (channelCache.size > 10_000) channelCache.clear();
    channelCache.set(token, cached);
  }
  const channel = cached.channel;
  if (!channel || !channel.active || channel.type !== 'webchat') throw new AppError('WIDGET_CHANNEL_INVALID');
  return channel;
}

/** Runs `fn` as the channel's organization for the visitor holding `visitorToken` on this channel only. */
export async function asVisitor<T>(
  platform: Platform,
  channelToken: string,
  visitorToken: string | undefined,
  fn: (s: Scope, channel: WidgetChannel, visitor: VisitorRow) => Promise<T>,
) {
  const channel = await widgetChannel(platform, channelToken);
  if (!visitorToken) throw new AppError('WIDGET_VISITOR_INVALID');
  return platform.tenant.inTenant(channel.organizationId, null, async (s) => {
    const visitor = await visitorsRepo.byTokenHash(s, hashVisitorToken(visitorToken));
    // A token of another channel is as good as none: a visitor can never reach another conversation.
    if (!visitor || visitor.channelId !== channel.id) throw new AppError('WIDGET_VISITOR_INVALID');
    return fn(s, channel, visitor);
  });
}

// A visitor's id and channel never change once issued: the message path (the core loop's hot path)
// resolves the token from memory after its first request, sparing a read per message.
const VISITOR_CACHE_MAX = 50_000;
const visitorCaches = new WeakMap<Platform, Map<string, { id: string; channelId: string }>>();

/** `asVisitor` for handlers that need only the visitor's id. */
export async function asVisitorId<T>(
  platform: Platform,
  channelToken: string,
  visitorToken: string | undefined,
  fn: (s: Scope, channel: WidgetChannel, visitorId: string) => Promise<T>,
) {
  const channel = await widgetChannel(platform, channelToken);
  if (!visitorToken) throw new AppError('WIDGET_VISITOR_INVALID');
  const cache = visitorCaches.get(platform) ?? new Map<string, { id: string; channelId: string }>();
  visitorCaches.set(platform, cache);
  const hash = hashVisitorToken(visitorToken);
  const known = cache.get(hash);
  if (known) {
    if (known.channelId !== channel.id) throw new AppError('WIDGET_VISITOR_INVALID');
    return platform.tenant.inTenant(channel.organizationId, null, (s) => fn(s, channel, known.id));
  }
  return asVisitor(platform, channelToken, visitorToken, (s, ch, visitor) => {
    if (cache.size >= VISITOR_CACHE_MAX) cache.clear();
    cache.set(hash, { id: visitor.id, channelId: visitor.channelId });
    return fn(s, ch, visitor.id);
  });
}

/**
 * SPEC CH-01 identity verification: the site signs each identifier of the visitor (e-mail, CPF,
 * phone) with HMAC-SHA256 and the channel's secret, so a visitor cannot claim to be someone else.
 */
export function verifyIdentityHash(secret: string, identity: string, hash: string): boolean {
  const expected = createHmac('sha256', secret).update(identity).digest();
  const given = Buffer.from(hash, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
