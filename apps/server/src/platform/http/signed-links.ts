import { z } from 'zod';
import type { Platform } from '../platform.js';

// SPEC CRM-02: links put in a CRM record (a recording's download, a chat's transcript) are opened by
// people without an Atende session, so each carries its own proof: an HMAC over the organization,
// the resource and the expiry, keyed from ENCRYPTION_KEY under a purpose of its own (one kind's
// signature never opens another). They live RECORDING_LINK_DAYS: one setting for what a CRM keeps.

/** The query a signed link carries. */
export const signedLinkQuery = z.object({
  org: z.uuid(),
  expires: z.coerce.number().int().positive(),
  signature: z.string().min(1).max(200),
});

const signed = (organizationId: string, id: string, expires: number) => `${organizationId}.${id}.${expires}`;

/** An absolute link under PUBLIC_URL to `path` (the resource `id`'s route), valid until it expires. */
export function signLink(platform: Platform, purpose: string, path: string, link: { organizationId: string; id: string }, now = Date.now()): string {
  const expires = Math.floor(now / 1000) + platform.config.recordingLinkTtlSeconds;
  const signature = platform.secrets.mac(purpose, signed(link.organizationId, link.id, expires));
  const url = new URL(path, platform.config.publicUrl);
  url.search = new URLSearchParams({ org: link.organizationId, expires: String(expires), signature }).toString();
  return url.toString();
}

/** Whether a link's parameters are authentic for this purpose and resource, and not expired. */
export function verifyLink(
  platform: Platform,
  purpose: string,
  link: { organizationId: string; id: string; expires: number; signature: string },
  now = Date.now(),
): boolean {
  if (link.expires * 1000 < now) return false;
  return platform.secrets.verifyMac(purpose, signed(link.organizationId, link.id, link.expires), link.signature);
}
