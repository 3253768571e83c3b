import { z } from 'zod';
import { emailText, passwordText } from './common.js';
import { protocolLookupResult } from './protocol-lookup.js';

// E-mail out: each organization's SMTP server (Administração → E-mail). The password is write-only:
// the API answers only whether one is saved.

export const mailSecurities = ['none', 'starttls', 'tls'] as const;
export type MailSecurity = (typeof mailSecurities)[number];

export const mailSettingsBody = z.object({
  host: z
    .string()
    .trim()
    .min(1)
    .max(253)
    .regex(/^[A-Za-z0-9.:[\]-]+$/),
  port: z.number().int().min(1).max(65_535),
  security: z.enum(mailSecurities),
  username: z.string().trim().max(254).nullable().default(null),
  /** Omitted: keep the saved one; '' or null: clear it. */
  password: z.string().max(500).nullable().optional(),
  fromName: z.string().trim().min(1).max(120),
  fromAddress: emailText,
});

export const mailSettingsView = z.object({
  configured: z.boolean(),
  host: z.string(),
  port: z.number(),
  security: z.enum(mailSecurities),
  username: z.string().nullable(),
  hasPassword: z.boolean(),
  fromName: z.string(),
  fromAddress: z.string(),
});
export type MailSettingsView = z.infer<typeof mailSettingsView>;

export const mailTestBody = z.object({ to: emailText.optional() });

export const mailKinds = ['test', 'staff_password_reset', 'portal_access', 'request_reply', 'alert_app_invite'] as const;
export const mailStatuses = ['queued', 'sent', 'failed'] as const;

export const mailLogEntry = z.object({
  id: z.uuid(),
  kind: z.enum(mailKinds),
  to: z.string(),
  subject: z.string(),
  status: z.enum(mailStatuses),
  attempts: z.number(),
  error: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type MailLogEntry = z.infer<typeof mailLogEntry>;
export const mailLogList = z.object({ items: z.array(mailLogEntry) });
export const mailQueuedSchema = z.object({ id: z.uuid(), to: z.string() });

// Staff "Esqueci minha senha": the same answer whether the e-mail exists or not.
export const passwordResetRequestBody = z.object({ email: emailText });
export const passwordResetConfirmBody = z.object({ token: z.string().min(10).max(200), password: passwordText });

// SPEC PER-06: the customer portal.
export const portalFirstAccessBody = z.object({
  /** CPF or CNPJ on file, any punctuation. */
  document: z.string().trim().min(11).max(32),
  email: emailText,
});
export const portalLoginBody = z.object({
  /** CPF/CNPJ (any punctuation) or the e-mail on file. */
  login: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});
export const portalSetPasswordBody = z.object({ token: z.string().min(10).max(200), password: passwordText });
export const portalSessionSchema = z.object({
  person: z.object({ name: z.string() }),
  organizationName: z.string(),
  csrfToken: z.string(),
});
export type PortalSession = z.infer<typeof portalSessionSchema>;
export const portalDemandsSchema = z.object({ items: z.array(protocolLookupResult) });

/** The person page's "Usuário" tab. */
export const portalUserView = z.object({
  hasEmail: z.boolean(),
  mailConfigured: z.boolean(),
  user: z
    .object({
      hasPassword: z.boolean(),
      createdAt: z.string(),
      passwordSetAt: z.string().nullable(),
      lastAccessAt: z.string().nullable(),
    })
    .nullable(),
});
export type PortalUserView = z.infer<typeof portalUserView>;
export const portalResendResult = portalUserView.extend({ sentTo: z.string() });
