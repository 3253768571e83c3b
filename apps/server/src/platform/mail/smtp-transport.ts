import nodemailer from 'nodemailer';
import { resolveAllowedHost } from '../http/outbound-fetch.js';
import type { MailSettingsRow } from './mail-settings.repository.js';

export type OutgoingMail = { to: string; subject: string; text: string; html?: string; replyTo?: string };

const TIMEOUT_MS = 20_000;

/**
 * Sends one message through the organization's SMTP server. The host an admin typed goes through the
 * same private-target guard as outbound HTTP (ALLOW_PRIVATE_TARGETS): the connection is made to the
 * checked address, with the name kept for TLS certificate checks.
 */
export async function sendThroughSmtp(settings: MailSettingsRow, password: string | null, mail: OutgoingMail, allowPrivateTargets: boolean) {
  const address = await resolveAllowedHost(settings.host, allowPrivateTargets);
  const transport = nodemailer.createTransport({
    host: address,
    port: settings.port,
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    ignoreTLS: settings.security === 'none',
    tls: { servername: settings.host },
    auth: settings.username ? { user: settings.username, pass: password ?? '' } : undefined,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  });
  try {
    await transport.sendMail({
      from: { name: settings.fromName, address: settings.fromAddress },
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      replyTo: mail.replyTo,
    });
  } finally {
    transport.close();
  }
}
