import { signLink, verifyLink } from '../../platform/http/signed-links.js';
import type { Platform } from '../../platform/platform.js';

// SPEC CRM-02 for chats: the transcript link put in a CRM Task ("Comentários") when a chat
// attendance is finished (platform/http/signed-links.ts: signed, expiring, no session needed).
const PURPOSE = 'transcript-link';

/** An absolute link, under PUBLIC_URL, that shows the attendance's transcript without a session until it expires. */
export const signedTranscriptLink = (platform: Platform, organizationId: string, attendanceId: string, now = Date.now()): string =>
  signLink(platform, PURPOSE, `/api/attendances/${attendanceId}/transcript-link`, { organizationId, id: attendanceId }, now);

/** Whether the link's parameters are authentic and not expired. */
export const verifyTranscriptLink = (
  platform: Platform,
  link: { organizationId: string; attendanceId: string; expires: number; signature: string },
  now = Date.now(),
): boolean => verifyLink(platform, PURPOSE, { ...link, id: link.attendanceId }, now);
