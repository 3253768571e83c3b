import type { ChannelCapabilities } from '@atende/shared';
import { ATTACHMENT_ACCEPT, isAcceptedFile } from './attachment';

// SPEC CH-02, CH-03: a provider channel sends only the media its capabilities list, each kind up
// to its own size; the composer refuses the rest before uploading. Web chat, notes and attendances
// without a provider channel keep the console's own rule (images and PDF up to 10 MB: ATT-05).

export type FileVerdict = 'ok' | 'invalid' | 'unsupported' | 'tooLarge';
export type MediaRule = ChannelCapabilities['outboundMedia'];

/** Whether `file` may go out; `rules` null means the console's own rule applies. */
export function checkOutboundFile(file: Pick<File, 'type' | 'size'>, rules: MediaRule | null): FileVerdict {
  if (!rules) return isAcceptedFile(file) ? 'ok' : 'invalid';
  if (file.size <= 0) return 'invalid';
  const fits = rules.filter((r) => r.mimeTypes.includes(file.type));
  if (!fits.length) return 'unsupported';
  return fits.some((r) => file.size <= r.maxBytes) ? 'ok' : 'tooLarge';
}

/** The file picker's `accept`: what the channel can send. */
export function acceptFor(rules: MediaRule | null): string {
  if (!rules) return ATTACHMENT_ACCEPT;
  return [...new Set(rules.flatMap((r) => r.mimeTypes))].join(',');
}

/** The rule for a channel: its capabilities for provider channels, null (the console's own) otherwise. */
export function mediaRuleFor(channel: { type: string; capabilities: ChannelCapabilities } | undefined, internal: boolean): MediaRule | null {
  // Web chat's capabilities are the console's own rule, whose message names it ("imagens ou PDF de até 10 MB").
  if (!channel || internal || !channel.capabilities.webhook) return null;
  return channel.capabilities.outboundMedia;
}
