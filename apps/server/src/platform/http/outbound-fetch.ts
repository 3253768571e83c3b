import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { Agent, fetch as undiciFetch } from 'undici';
import { AppError } from '../errors.js';

// Every URL an admin or a PBX can hand Atende (webhook endpoints, recording URLs, CRM login URLs,
// the external person service) is fetched through here, so none of them can reach the
// instance's own network: loopback, private, link-local (cloud metadata) and reserved ranges
// are refused unless ALLOW_PRIVATE_TARGETS=true (development and tests). The check runs on the
// addresses the connection really uses, so a name that resolves to a private address — or
// changes to one after a first check (DNS rebinding) — is refused too. Redirects are never
// followed: a public URL cannot bounce the request inward.

export type OutboundInit = RequestInit & {
  /** Whole-request deadline; default 15 s. */
  timeoutMs?: number;
};
export type OutboundFetch = (url: string | URL, init?: OutboundInit) => Promise<Response>;

const DEFAULT_TIMEOUT_MS = 15_000;

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  blocked.addSubnet(net, prefix, 'ipv6');

/** Whether an IP address is one Atende refuses to call by default. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family !== 6) return true;
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible forms carry an IPv4 address inside.
  const mapped = /^::(?:ffff:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return blocked.check(mapped[1]!, 'ipv4');
  const hexMapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (hexMapped) {
    const hi = parseInt(hexMapped[1]!, 16);
    const lo = parseInt(hexMapped[2]!, 16);
    return blocked.check(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`, 'ipv4');
  }
  return blocked.check(address, 'ipv6');
}

function refused(cause?: unknown): AppError {
  return new AppError('TARGET_NOT_ALLOWED', { cause });
}

function parseTarget(url: string | URL): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (err) {
    throw refused(err);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw refused();
  return parsed;
}

/** A literal IP host (`http://10.0.0.1/`, `http://[::1]/`) never goes through DNS, so it is checked here. */
function literalHost(url: URL): string | undefined {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return isIP(host) ? host : undefined;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** `dns.lookup` that fails when any address the name resolves to is private. */
function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    if (addresses.length === 0 || addresses.some((a) => isPrivateAddress(a.address))) {
      return callback(Object.assign(refused(), { errno: 0, syscall: 'lookup' }) as unknown as NodeJS.ErrnoException, []);
    }
    if (options.all) return callback(null, addresses);
    const first = addresses[0]!;
    callback(null, first.address, first.family);
  });
}

/** Throws TARGET_NOT_ALLOWED when the URL is not http(s) or resolves to a refused address; for validating a URL an admin saves. */
export async function checkTarget(url: string | URL, allowPrivateTargets: boolean): Promise<void> {
  const target = parseTarget(url);
  if (allowPrivateTargets) return;
  const literal = literalHost(target);
  if (literal) {
    if (isPrivateAddress(literal)) throw refused();
    return;
  }
  await new Promise<void>((resolve, reject) =>
    guardedLookup(target.hostname, { all: true }, (err) => (err ? reject(err instanceof AppError ? err : refused(err)) : resolve())),
  );
}

/**
 * The address to connect to for a host an admin gave (an SMTP server): the first address it resolves
 * to, refused (TARGET_NOT_ALLOWED) when any is private unless allowed. Connecting to the returned
 * address, not the name, keeps a later DNS answer from pointing the connection inward.
 */
export async function resolveAllowedHost(hostname: string, allowPrivateTargets: boolean): Promise<string> {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    if (!allowPrivateTargets && isPrivateAddress(host)) throw refused();
    return host;
  }
  return new Promise<string>((resolve, reject) => {
    const lookup = allowPrivateTargets ? (dnsLookup as unknown as typeof guardedLookup) : guardedLookup;
    lookup(host, { all: false }, (err, address) =>
      err ? reject(err instanceof AppError ? err : refused(err)) : resolve(typeof address === 'string' ? address : address[0]!.address),
    );
  });
}

function findAppError(err: unknown): AppError | undefined {
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof AppError) return e;
  }
  return undefined;
}

export function createOutboundFetch(opts: { allowPrivateTargets: boolean }): OutboundFetch {
  const dispatcher = new Agent({
    connect: opts.allowPrivateTargets ? {} : { lookup: guardedLookup as never },
    // Keep-alive sockets are fine: a socket is only ever opened to an address that passed the check.
    keepAliveTimeout: 10_000,
  });
  return async (url, init = {}) => {
    const target = parseTarget(url);
    if (!opts.allowPrivateTargets) {
      const literal = literalHost(target);
      if (literal && isPrivateAddress(literal)) throw refused();
    }
    const { timeoutMs = DEFAULT_TIMEOUT_MS, signal, ...rest } = init;
    const deadline = AbortSignal.timeout(timeoutMs);
    try {
      const response = await undiciFetch(target, {
        ...(rest as object),
        redirect: 'manual',
        signal: signal ? AbortSignal.any([signal, deadline]) : deadline,
        dispatcher,
      });
      return response as unknown as Response;
    } catch (err) {
      throw findAppError(err) ?? err;
    }
  };
}
