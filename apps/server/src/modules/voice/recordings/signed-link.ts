import { signLink, verifyLink } from '../../../platform/http/signed-links.js';
import type { Platform } from '../../../platform/platform.js';

// SPEC CRM-02: the recording's download link put in a CRM Task ("Comentários")
// (platform/http/signed-links.ts: signed, expiring, no session needed). Changing a single
// character, or waiting past the expiry, makes it refuse.
const PURPOSE = 'recording-link';

/** An absolute link, under PUBLIC_URL, that downloads the recording without a session until it expires. */
export const signedRecordingLink = (platform: Platform, organizationId: string, recordingId: string, now = Date.now()): string =>
  signLink(platform, PURPOSE, `/api/recordings/${recordingId}/link`, { organizationId, id: recordingId }, now);

/** Whether the link's parameters are authentic and not expired. */
export const verifyRecordingLink = (
  platform: Platform,
  link: { organizationId: string; recordingId: string; expires: number; signature: string },
  now = Date.now(),
): boolean => verifyLink(platform, PURPOSE, { ...link, id: link.recordingId }, now);
