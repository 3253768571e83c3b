// "Conversas" (SPEC ALR-02, ALR-04) in pt-BR: staff chats. The alert cards they show use the alerts
// catalogue (alerts.card.*), shared with the monitoring panel.
export const ptBRConversations = {
  conversations: {
    nav: 'Conversas',
    title: 'Conversas',
    unreadBadge: '{{count}} não lidas',
    list: 'Lista de conversas',
    empty: 'Nenhuma conversa ainda.',
    pick: 'Escolha uma conversa.',
    noMessages: 'Nenhuma mensagem ainda.',
    unread: '{{count}} não lidas',
    mentioned: 'Você foi mencionado',
    attachment: 'Anexo',
    alertMessage: 'Alerta: {{name}}',
    kind: { group: 'Grupo', direct: 'Conversa direta', alert_team: 'Alertas da equipe' },
    members: '{{count}} participantes',
    newChat: {
      open: 'Nova conversa',
      title: 'Nova conversa',
      group: 'Grupo',
      direct: 'Direta',
      type: 'Tipo',
      name: 'Nome do grupo',
      members: 'Participantes',
      person: 'Pessoa',
      create: 'Criar',
    },
    composer: {
      label: 'Mensagem',
      placeholder: 'Escreva uma mensagem. @ menciona alguém; Enter envia.',
      send: 'Enviar',
      attach: 'Anexar arquivo',
      mentions: 'Mencionar',
    },
  },
};
