import type { Locale } from '@atende/shared';
import type { OutgoingMail } from './smtp-transport.js';

// The messages Atende sends, pt-BR first (the organization's or the user's language when known).
// Every message has a plain-text part; the HTML part is the same text with its link clickable.

type Vars = Record<string, string>;
type Template = { subject: string; lines: string[] };
type Catalogue = Record<'test' | 'staffReset' | 'portalAccess' | 'requestReply' | 'alertInvite', Template>;

const ptBR: Catalogue = {
  test: {
    subject: 'Atende: e-mail de teste',
    lines: ['Este é um e-mail de teste do Atende.', 'Se você o recebeu, o envio de e-mails de {organization} está funcionando.'],
  },
  staffReset: {
    subject: 'Atende: redefinição de senha',
    lines: [
      'Olá, {name}.',
      'Recebemos um pedido para redefinir sua senha do Atende ({organization}).',
      'Para escolher uma nova senha, abra o link abaixo (válido por {hours} hora(s), uma única vez):',
      '{link}',
      'Se não foi você quem pediu, ignore este e-mail: sua senha continua a mesma.',
    ],
  },
  portalAccess: {
    subject: '{organization}: acesso ao portal do cliente',
    lines: [
      'Olá, {name}.',
      'Para definir a senha do seu acesso ao portal de {organization}, abra o link abaixo (válido por {hours} hora(s), uma única vez):',
      '{link}',
      'Se não foi você quem pediu, ignore este e-mail.',
    ],
  },
  requestReply: {
    subject: 'Resposta à sua solicitação {protocol}',
    lines: ['Olá, {name}.', '{body}', 'Protocolo: {protocol}', '{organization}'],
  },
  alertInvite: {
    subject: 'Canal de Alertas: primeiro acesso',
    lines: [
      'Olá, {name}.',
      '{organization} cadastrou você no Canal de Alertas.',
      'Para criar sua senha, abra o link abaixo no seu celular (válido por 7 dias, uma única vez):',
      '{link}',
    ],
  },
};

const en: Catalogue = {
  test: {
    subject: 'Atende: test e-mail',
    lines: ['This is a test e-mail from Atende.', 'If you received it, e-mail from {organization} is working.'],
  },
  staffReset: {
    subject: 'Atende: password reset',
    lines: [
      'Hello, {name}.',
      'We received a request to reset your Atende password ({organization}).',
      'To choose a new password, open the link below (valid for {hours} hour(s), once):',
      '{link}',
      'If you did not ask for it, ignore this e-mail: your password stays the same.',
    ],
  },
  portalAccess: {
    subject: '{organization}: customer portal access',
    lines: [
      'Hello, {name}.',
      'To set the password of your access to the {organization} portal, open the link below (valid for {hours} hour(s), once):',
      '{link}',
      'If you did not ask for it, ignore this e-mail.',
    ],
  },
  requestReply: {
    subject: 'Reply to your request {protocol}',
    lines: ['Hello, {name}.', '{body}', 'Protocol: {protocol}', '{organization}'],
  },
  alertInvite: {
    subject: 'Canal de Alertas: first access',
    lines: [
      'Hello, {name}.',
      '{organization} registered you in Canal de Alertas.',
      'To create your password, open the link below on your phone (valid for 7 days, once):',
      '{link}',
    ],
  },
};

const fill = (text: string, vars: Vars) => text.replace(/\{(\w+)\}/g, (whole, key: string) => vars[key] ?? whole);
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One message ready for the mailer, in the locale given (pt-BR unless the user chose English). */
export function composeMail(kind: keyof Catalogue, locale: Locale | null | undefined, to: string, vars: Vars): OutgoingMail {
  const template = (locale === 'en' ? en : ptBR)[kind];
  const lines = template.lines.map((l) => fill(l, vars));
  const html = lines
    .map((l) => {
      const escaped = escapeHtml(l).replace(/\n/g, '<br>');
      return /^https?:\/\/\S+$/.test(l) ? `<p><a href="${escaped}">${escaped}</a></p>` : `<p>${escaped}</p>`;
    })
    .join('\n');
  return { to, subject: fill(template.subject, vars).replace(/[\r\n]+/g, ' '), text: lines.join('\n\n'), html };
}
