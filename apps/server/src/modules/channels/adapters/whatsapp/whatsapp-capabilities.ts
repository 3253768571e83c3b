import type { ChannelCapabilities } from '@atende/shared';

// SPEC CH-02: what the WhatsApp Cloud API accepts from an agent (Meta's published media limits) and
// the 24-hour customer-service window outside of which only templates may be sent.

const MB = 1024 * 1024;

export const whatsappCapabilities: ChannelCapabilities = {
  outboundMedia: [
    { kind: 'image', mimeTypes: ['image/jpeg', 'image/png'], maxBytes: 5 * MB },
    { kind: 'audio', mimeTypes: ['audio/aac', 'audio/mp4', 'audio/mpeg', 'audio/amr', 'audio/ogg'], maxBytes: 16 * MB },
    { kind: 'video', mimeTypes: ['video/mp4', 'video/3gpp'], maxBytes: 16 * MB },
    {
      kind: 'document',
      mimeTypes: [
        'application/pdf',
        'application/msword',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'application/vnd.ms-excel',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'application/vnd.ms-powerpoint',
        'application/vnd.openxmlformats-officedocument.presentationml.presentation',
        'text/plain',
      ],
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
