import type { ptBRChat } from './pt-BR-chat.js';

// What the channels carry, as the agent's console shows it, in English (same keys as pt-BR).
export const enChat: typeof ptBRChat = {
  chat: {
    media: {
      pending: 'Downloading media…',
      failed: 'The media could not be downloaded',
      voice: 'Voice message',
      audio: 'Audio',
      video: 'Video',
      sticker: 'Sticker',
    },
    location: {
      label: 'Location',
      open: 'Open on the map',
    },
    contacts: { label: 'Shared contact' },
    reply: 'Reply: {{title}}',
    template: 'Template: {{name}}',
    unsupported: 'Unsupported message ({{type}})',
    unknownType: 'unknown',
    edited: '(edited)',
    reactions: 'Reactions',
    reaction_one: '{{emoji}}: {{count}} reaction',
    reaction_other: '{{emoji}}: {{count}} reactions',
    delivery: {
      sending: 'Sending',
      sent: 'Sent',
      delivered: 'Delivered',
      read: 'Read',
      failed: 'Not delivered: {{title}} ({{code}})',
      failedUnknown: 'Not delivered',
      failedReason: 'Not delivered: {{reason}} ({{detail}})',
      reasons: {
        network: 'the provider did not answer',
        timeout: 'the provider took too long to answer',
        not_configured: 'the channel is not configured',
      },
      resend: 'Resend',
    },
    window: {
      left: 'Service window: {{hours}} h {{minutes}} min left',
      closed: 'The {{hours}}-hour window has closed. Send an approved template.',
      closedNoTemplates: 'The {{hours}}-hour window has closed. Wait for a new message from the customer.',
    },
    templates: {
      label: 'Approved template',
      choose: 'Choose a template',
      loading: 'Loading templates…',
      empty: 'No approved templates on this channel.',
      variable: 'Variable {{n}}',
      preview: 'Preview',
      send: 'Send template',
      sent: 'Template sent.',
    },
    file: {
      unsupported: 'This channel cannot send files of this type.',
      tooLarge: 'The file is over this channel’s limit.',
      none: 'This channel cannot send files.',
    },
  },
};
