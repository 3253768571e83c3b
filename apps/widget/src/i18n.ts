// SPEC PLT-01: the widget speaks pt-BR (default for Portuguese browsers) and English. Both
// catalogues have the same keys (checked by the type and by i18n.test.ts). SPEC CH-01 names the
// labels a visitor — and a browser test — finds controls by.

const ptBR = {
  open: 'Abrir chat',
  close: 'Fechar chat',
  chat: 'Chat',
  tagline: 'Estamos aqui para ajudar',
  loading: 'Carregando…',
  loadFailed: 'Não foi possível carregar o chat.',
  retry: 'Tentar novamente',
  offline: 'Sem conexão com a internet. Tente novamente.',
  intro: 'Olá! Conte quem é você para iniciar a conversa.',
  name: 'Nome',
  email: 'E-mail',
  cpf: 'CPF',
  phone: 'Telefone',
  required: 'Campo obrigatório',
  invalidName: 'Nome inválido',
  invalidEmail: 'E-mail inválido',
  invalidCpf: 'CPF inválido',
  invalidPhone: 'Telefone inválido',
  start: 'Iniciar conversa',
  messages: 'Mensagens',
  messageLabel: 'Digite sua mensagem',
  send: 'Enviar',
  attach: 'Anexar arquivo',
  fileTooBig: 'O arquivo passa de 10 MB.',
  fileType: 'Envie imagens ou arquivos PDF.',
  uploading: 'Enviando {file}…',
  sending: 'Enviando…',
  queued: 'Aguardando conexão…',
  notSent: 'Não enviada',
  you: 'Você',
  agent: 'Atendente',
  waiting: 'Aguardando atendimento',
  queuePosition: 'Posição na fila: {n}',
  waitingHint: 'Um atendente responderá aqui assim que possível.',
  serving: '{agent} está atendendo você',
  typing: '{agent} está digitando…',
  ended: 'Conversa encerrada',
  draftHint: 'Envie uma mensagem para começar a conversa.',
  protocol: 'Seu protocolo de atendimento é {protocol}',
  finished: 'Atendimento finalizado. Protocolo: {protocol}',
  rate: 'Avaliar atendimento',
  newConversation: 'Nova conversa',
  reconnecting: 'Reconectando…',
  rateLimited: 'Muitas conversas iniciadas a partir da sua rede. Tente novamente em alguns minutos.',
  queueFull: 'Nossa fila de atendimento está cheia no momento. Tente novamente em alguns minutos.',
  uploadLimit: 'Limite de envio de arquivos atingido. Tente novamente mais tarde.',
  call: 'Ligar',
  calling: 'Chamando…',
  inCall: 'Em chamada {time}',
  hangup: 'Desligar',
  micDenied: 'Permita o uso do microfone para ligar.',
  callFailed: 'Não foi possível completar a chamada. Tente novamente.',
};

export type StringKey = keyof typeof ptBR;
export type Locale = 'pt-BR' | 'en';

const en: Record<StringKey, string> = {
  open: 'Open chat',
  close: 'Close chat',
  chat: 'Chat',
  tagline: 'We are here to help',
  loading: 'Loading…',
  loadFailed: 'The chat could not be loaded.',
  retry: 'Try again',
  offline: 'No internet connection. Try again.',
  intro: 'Hi! Tell us who you are to start the conversation.',
  name: 'Name',
  email: 'E-mail',
  cpf: 'CPF',
  phone: 'Phone',
  required: 'Required field',
  invalidName: 'Invalid name',
  invalidEmail: 'Invalid e-mail',
  invalidCpf: 'Invalid CPF',
  invalidPhone: 'Invalid phone',
  start: 'Start conversation',
  messages: 'Messages',
  messageLabel: 'Type your message',
  send: 'Send',
  attach: 'Attach file',
  fileTooBig: 'The file is larger than 10 MB.',
  fileType: 'Send images or PDF files.',
  uploading: 'Sending {file}…',
  sending: 'Sending…',
  queued: 'Waiting for connection…',
  notSent: 'Not sent',
  you: 'You',
  agent: 'Agent',
  waiting: 'Waiting for an agent',
  queuePosition: 'Position in queue: {n}',
  waitingHint: 'An agent will reply here as soon as possible.',
  serving: '{agent} is helping you',
  typing: '{agent} is typing…',
  ended: 'Conversation ended',
  draftHint: 'Send a message to start the conversation.',
  protocol: 'Your service protocol is {protocol}',
  finished: 'Service finished. Protocol: {protocol}',
  rate: 'Rate this service',
  newConversation: 'New conversation',
  reconnecting: 'Reconnecting…',
  rateLimited: 'Too many chats started from your network. Try again in a few minutes.',
  queueFull: 'Our service queue is full right now. Try again in a few minutes.',
  uploadLimit: 'File upload limit reached. Try again later.',
  call: 'Call',
  calling: 'Calling…',
  inCall: 'In call {time}',
  hangup: 'Hang up',
  micDenied: 'Allow the microphone to call.',
  callFailed: 'The call could not be completed. Try again.',
};

export const catalogues: Record<Locale, Record<StringKey, string>> = { 'pt-BR': ptBR, en };

/** pt-BR for any Portuguese browser language, otherwise English (SPEC PLT-01). */
export function pickLocale(language: string | undefined | null): Locale {
  return language && /^pt\b/i.test(language) ? 'pt-BR' : 'en';
}

export type Translate = (key: StringKey, vars?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const table = catalogues[locale];
  return (key, vars) => table[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? ''));
}
