import type { ChannelCapabilities } from '@atende/shared';
import { MB, OFFICE_DOCUMENT_TYPES } from '../document-types.js';

// SPEC CH-02: what the WhatsApp Cloud API accepts from an agent (Meta's published media limits) and
// the 24-hour customer-service window outside of which only templates may be sent.

export const whatsappCapabilities: ChannelCapabilities = {
  outboundMedia: [
    { kind: 'image', mimeTypes: ['image/jpeg', 'image/png'], maxBytes: 5 * MB },
    { kind: 'audio', mimeTypes: ['audio/aac', 'audio/mp4', 'audio/mpeg', 'audio/amr', 'audio/ogg'], maxBytes: 16 * MB },
    { kind: 'video', mimeTypes: ['video/mp4', 'video/3gpp'], maxBytes: 16 * MB },
    {
      kind: 'document',
      mimeTypes: OFFICE_DOCUMENT_TYPES,
      maxBytes: 100 * MB,
    },
  ],
  replyWindowHours: 24,
  receipts: true,
  templates: true,
  webhook: true,
  registerWebhook: false,
  typingIndicator: false,
};
