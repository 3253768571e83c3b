import type { Platform } from '../../../platform/platform.js';

// SPEC CRM-02: the recording's download link put in a CRM Task ("Comentários"). Whoever opens the
// CRM record has no Atende session, so the link carries its own proof: an HMAC over the
// organization, the recording and the expiry, keyed from ENCRYPTION_KEY. Valid RECORDING_LINK_DAYS
// (default 7); changing a single character, or waiting past the expiry, makes it refuse.
const PURPOSE = 'recording-link';

const signed = (organizationId: string, recordingId: string, expires: number) => `${organizationId}.${recordingId}.${expires}`;

/** An absolute link, under PUBLIC_URL, that downloads the recording without a session until it expires. */
export function signedRecordingLink(platform: Platform, organizationId: string, recordingId: string, now = Date.now()): string {
  const expires = Math.floor(now / 1000) + platform.config.recordingLinkTtlSeconds;
  const signature = platform.secrets.mac(PURPOSE, signed(organizationId, recordingId, expires));
  const url = new URL(`/api/recordings/${recordingId}/link`, platform.config.publicUrl);
  url.search = new URLSearchParams({ org: organizationId, expires: String(expires), signature }).toString();
  return url.toString();
}

/** Whether the link's parameters are authentic and not expired. */
export function verifyRecordingLink(
  platform: Platform,
  link: { organizationId: string; recordingId: string; expires: number; signature: string },
  now = Date.now(),
): boolean {
  if (link.expires * 1000 < now) return false;
  return platform.secrets.verifyMac(PURPOSE, signed(link.organizationId, link.recordingId, link.expires), link.signature);
}
