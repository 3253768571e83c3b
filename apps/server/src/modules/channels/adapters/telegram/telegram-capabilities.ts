import type { ChannelCapabilities } from '@atende/shared';
import { MB, OFFICE_DOCUMENT_TYPES } from '../document-types.js';

// SPEC CH-03: what the Bot API accepts from a bot. Photos up to 10 MB, any other upload up to 50 MB;
// no reply window, no delivery or read receipts for bots, no templates.

const DOCUMENT_TYPES = [
  ...OFFICE_DOCUMENT_TYPES,
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/rtf',
  'application/zip',
  'application/xml',
  'application/json',
  'text/csv',
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
];

export const telegramCapabilities: ChannelCapabilities = {
  outboundMedia: [
    { kind: 'image', mimeTypes: ['image/jpeg', 'image/png', 'image/webp'], maxBytes: 10 * MB },
    { kind: 'voice', mimeTypes: ['audio/ogg'], maxBytes: 50 * MB },
    { kind: 'audio', mimeTypes: ['audio/mpeg', 'audio/mp4'], maxBytes: 50 * MB },
    { kind: 'video', mimeTypes: ['video/mp4'], maxBytes: 50 * MB },
    { kind: 'document', mimeTypes: DOCUMENT_TYPES, maxBytes: 50 * MB },
  ],
  replyWindowHours: null,
  receipts: false,
  templates: false,
  webhook: true,
  registerWebhook: true,
  typingIndicator: false,
};
