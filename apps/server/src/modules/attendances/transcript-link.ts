import type { Platform } from '../../platform/platform.js';

// SPEC CRM-02 for chats: the transcript link put in a CRM Task ("Comentários") when a chat
// attendance is finished. Whoever opens the CRM record has no Atende session, so the link carries
// its own proof: an HMAC over the organization, the attendance and the expiry, keyed from
// ENCRYPTION_KEY under its own purpose (a recording link's signature never opens a transcript).
// It lives as long as the recording links (RECORDING_LINK_DAYS): one setting for what a CRM keeps.
const PURPOSE = 'transcript-link';

const signed = (organizationId: string, attendanceId: string, expires: number) => `${organizationId}.${attendanceId}.${expires}`;

/** An absolute link, under PUBLIC_URL, that shows the attendance's transcript without a session until it expires. */
export function signedTranscriptLink(platform: Platform, organizationId: string, attendanceId: string, now = Date.now()): string {
  const expires = Math.floor(now / 1000) + platform.config.recordingLinkTtlSeconds;
  const signature = platform.secrets.mac(PURPOSE, signed(organizationId, attendanceId, expires));
  const url = new URL(`/api/attendances/${attendanceId}/transcript-link`, platform.config.publicUrl);
  url.search = new URLSearchParams({ org: organizationId, expires: String(expires), signature }).toString();
  return url.toString();
}

/** Whether the link's parameters are authentic and not expired. */
export function verifyTranscriptLink(
  platform: Platform,
  link: { organizationId: string; attendanceId: string; expires: number; signature: string },
  now = Date.now(),
): boolean {
  if (link.expires * 1000 < now) return false;
  return platform.secrets.verifyMac(PURPOSE, signed(link.organizationId, link.attendanceId, link.expires), link.signature);
}
