import type { ChannelCapabilities } from '@atende/shared';
import { describe, expect, it } from 'vitest';
import { acceptFor, checkOutboundFile, mediaRuleFor } from './outbound-media';

const MB = 1024 * 1024;
const whatsapp: ChannelCapabilities['outboundMedia'] = [
  { kind: 'image', mimeTypes: ['image/jpeg', 'image/png'], maxBytes: 5 * MB },
  { kind: 'document', mimeTypes: ['application/pdf', 'image/png'], maxBytes: 100 * MB },
];
const caps = (outboundMedia: ChannelCapabilities['outboundMedia']): ChannelCapabilities => ({
  outboundMedia,
  replyWindowHours: 24,
  receipts: true,
  templates: true,
  webhook: true,
  registerWebhook: false,
  typingIndicator: false,
});

describe('checkOutboundFile', () => {
  it('refuses a type the channel cannot send', () => {
    expect(checkOutboundFile({ type: 'image/gif', size: MB }, whatsapp)).toBe('unsupported');
    expect(checkOutboundFile({ type: 'image/png', size: MB }, [])).toBe('unsupported');
  });

  it('checks the size of the kind it goes as', () => {
    expect(checkOutboundFile({ type: 'image/jpeg', size: 6 * MB }, whatsapp)).toBe('tooLarge');
    expect(checkOutboundFile({ type: 'image/jpeg', size: 2 * MB }, whatsapp)).toBe('ok');
    // A large PNG can still go as a document.
    expect(checkOutboundFile({ type: 'image/png', size: 6 * MB }, whatsapp)).toBe('ok');
    expect(checkOutboundFile({ type: 'application/pdf', size: 0 }, whatsapp)).toBe('invalid');
  });

  it('keeps the console’s own rule without a provider rule', () => {
    expect(checkOutboundFile({ type: 'image/gif', size: MB }, null)).toBe('ok');
    expect(checkOutboundFile({ type: 'text/plain', size: MB }, null)).toBe('invalid');
  });
});

describe('mediaRuleFor and acceptFor', () => {
  it('use the capabilities of provider channels, never for notes; our own widget keeps the console’s rule', () => {
    expect(mediaRuleFor({ type: 'whatsapp', capabilities: caps(whatsapp) }, false)).toBe(whatsapp);
    expect(mediaRuleFor({ type: 'whatsapp', capabilities: caps(whatsapp) }, true)).toBeNull();
    expect(mediaRuleFor({ type: 'webchat', capabilities: { ...caps(whatsapp), webhook: false } }, false)).toBeNull();
    expect(mediaRuleFor(undefined, false)).toBeNull();
  });

  it('lists each accepted type once for the file picker', () => {
    expect(acceptFor(whatsapp)).toBe('image/jpeg,image/png,application/pdf');
    expect(acceptFor(null)).toContain('application/pdf');
  });
});
