// What WhatsApp, Telegram and the other channels carry, as the agent's console shows it
// (SPEC ATT-05, CH-02, CH-03), in pt-BR. Quoted labels from SPEC are part of the contract.
export const ptBRChat = {
  chat: {
    media: {
      pending: 'Baixando mídia…',
      failed: 'Não foi possível baixar a mídia',
      voice: 'Mensagem de voz',
      audio: 'Áudio',
      video: 'Vídeo',
      sticker: 'Figurinha',
    },
    location: {
      label: 'Localização',
      open: 'Abrir no mapa',
    },
    contacts: { label: 'Contato compartilhado' },
    reply: 'Resposta: {{title}}',
    template: 'Modelo: {{name}}',
    unsupported: 'Mensagem não suportada ({{type}})',
    unknownType: 'desconhecida',
    edited: '(editada)',
    reactions: 'Reações',
    reaction_one: '{{emoji}}: {{count}} reação',
    reaction_other: '{{emoji}}: {{count}} reações',
    delivery: {
      sending: 'Enviando',
      sent: 'Enviada',
      delivered: 'Entregue',
      read: 'Lida',
      failed: 'Não entregue: {{title}} ({{code}})',
      failedUnknown: 'Não entregue',
      // Atende's own reasons (atendeDeliveryCodes); the technical detail follows in parentheses.
      failedReason: 'Não entregue: {{reason}} ({{detail}})',
      reasons: {
        network: 'o provedor não respondeu',
        timeout: 'o provedor demorou demais para responder',
        not_configured: 'o canal não está configurado',
      },
      resend: 'Reenviar',
    },
    window: {
      left: 'Janela de atendimento: {{hours}} h {{minutes}} min restantes',
      closed: 'A janela de {{hours}} horas fechou. Envie um modelo aprovado.',
      closedNoTemplates: 'A janela de {{hours}} horas fechou. Aguarde uma nova mensagem do cliente.',
    },
    templates: {
      label: 'Modelo aprovado',
      choose: 'Escolha um modelo',
      loading: 'Carregando modelos…',
      empty: 'Nenhum modelo aprovado neste canal.',
      variable: 'Variável {{n}}',
      preview: 'Pré-visualização',
      send: 'Enviar modelo',
      sent: 'Modelo enviado.',
    },
    file: {
      unsupported: 'Este canal não envia arquivos deste tipo.',
      tooLarge: 'O arquivo passa do limite deste canal.',
      none: 'Este canal não envia arquivos.',
    },
  },
};
