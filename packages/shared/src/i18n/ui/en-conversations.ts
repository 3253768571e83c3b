import type { ptBRConversations } from './pt-BR-conversations.js';

// "Conversas" (SPEC ALR-02, ALR-04) in English: staff chats (alert cards use alerts.card.*).
export const enConversations: typeof ptBRConversations = {
  conversations: {
    nav: 'Chats',
    title: 'Chats',
    unreadBadge: '{{count}} unread',
    list: 'Chat list',
    empty: 'No chats yet.',
    pick: 'Pick a chat.',
    noMessages: 'No messages yet.',
    unread: '{{count}} unread',
    mentioned: 'You were mentioned',
    attachment: 'Attachment',
    alertMessage: 'Alert: {{name}}',
    kind: { group: 'Group', direct: 'Direct chat', alert_team: 'Team alerts' },
    members: '{{count}} members',
    newChat: {
      open: 'New chat',
      title: 'New chat',
      group: 'Group',
      direct: 'Direct',
      type: 'Type',
      name: 'Group name',
      members: 'Members',
      person: 'Person',
      create: 'Create',
    },
    composer: {
      label: 'Message',
      placeholder: 'Write a message. @ mentions someone; Enter sends.',
      send: 'Send',
      attach: 'Attach a file',
      mentions: 'Mention',
    },
  },
};
