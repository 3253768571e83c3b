import type { ChannelCapabilities } from '@atende/shared';

// SPEC CH-03: what the Bot API accepts from a bot. Photos up to 10 MB, any other upload up to 50 MB;
// no reply window, no delivery or read receipts for bots, no templates.
const MB = 1024 * 1024;

const DOCUMENT_TYPES = [
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/rtf',
  'application/zip',
  'application/xml',
  'application/json',
  'text/plain',
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
