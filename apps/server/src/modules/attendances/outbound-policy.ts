import type { ChannelCapabilities } from '@atende/shared';
import { AppError } from '../../platform/errors.js';
import type { AttendanceRow } from './attendances.repository.js';

// SPEC CH-02: what a channel accepts from the agent (the 24-hour window, file types, templates) is the
// channel adapters' knowledge; the channels module, above this one, hands it down once at start.
type PolicyLookup = (channelType: string) => ChannelCapabilities | undefined;
let capabilitiesOf: PolicyLookup = () => undefined;

export function setOutboundPolicy(lookup: PolicyLookup) {
  capabilitiesOf = lookup;
}

/** Does a channel of this type take the agent's messages to the contact (an adapter exists for it)? */
export const channelDelivers = (channelType: string) => Boolean(capabilitiesOf(channelType));

/** Is free text still allowed? Only within `replyWindowHours` of the contact's last message. */
export function replyWindowOpen(a: Pick<AttendanceRow, 'channelType' | 'lastContactMessageAt'>, now: Date): boolean {
  const hours = capabilitiesOf(a.channelType)?.replyWindowHours;
  if (hours == null) return true;
  return Boolean(a.lastContactMessageAt && now.getTime() - a.lastContactMessageAt.getTime() < hours * 3600_000);
}

export function assertCanSendFreeText(a: AttendanceRow, now: Date) {
  if (!replyWindowOpen(a, now)) throw new AppError('CHANNEL_WINDOW_CLOSED');
}

/** A file the channel cannot send is refused before it is queued (the composer says the same). */
export function assertChannelSendsFile(a: AttendanceRow, file: { contentType: string; size: number }) {
  const caps = capabilitiesOf(a.channelType);
  if (!caps) return;
  const fits = caps.outboundMedia.some((m) => m.mimeTypes.includes(file.contentType) && file.size <= m.maxBytes);
  if (!fits) throw new AppError('CHANNEL_MEDIA_UNSUPPORTED');
}

export function assertChannelSendsTemplates(a: AttendanceRow) {
  if (!capabilitiesOf(a.channelType)?.templates) throw new AppError('CHANNEL_TEMPLATES_UNSUPPORTED');
}
