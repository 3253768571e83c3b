import { z } from 'zod';
import { alertLevels, alertLocationSchema, alertStates, alertViewSchema } from './alerts.js';
import { emailText, nameText, passwordText, patchBody } from './common.js';
import { rtcIceServersSchema } from './voice.js';

// SPEC ALR-01, ALR-06, ALR-07: the HTTP contract of the alerts module, for the alert app (PWA)
// and for the console.

export const levelTextsSchema = z.object({
  green: z.string().trim().max(500),
  yellow: z.string().trim().max(500),
  red: z.string().trim().max(500),
});
export type LevelTexts = z.infer<typeof levelTextsSchema>;

// ---- App side ----

export const alertAppLoginBody = z.object({
  /** CPF with any punctuation, or an e-mail. */
  login: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});

export const alertAppFirstAccessBody = z.object({ token: z.string().min(10).max(200), password: passwordText });

export const alertAppUserSelfSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** Formatted: 529.982.247-25. */
  cpf: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  team: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});

export const alertAppSettingsSchema = z.object({
  serviceNumber: z.string().nullable(),
  levelTexts: levelTextsSchema,
  callQueueId: z.string().nullable(),
  /** ALR-03 "Ligar pelo navegador": the STUN/TURN servers for the built-in call (RTC_ICE_SERVERS). */
  callIceServers: rtcIceServersSchema.optional(),
});

export const alertAppSessionSchema = z.object({
  user: alertAppUserSelfSchema,
  csrfToken: z.string(),
  settings: alertAppSettingsSchema,
});
export type AlertAppSession = z.infer<typeof alertAppSessionSchema>;

export const fireAlertBody = z.object({
  clientId: z.uuid(),
  level: z.enum(alertLevels),
  firedAt: z.iso.datetime({ offset: true }),
  location: alertLocationSchema.nullable().optional(),
});
export type FireAlertBody = z.infer<typeof fireAlertBody>;

export const alertListSchema = z.object({ alerts: z.array(alertViewSchema) });

// ---- Staff side ----

export const alertAppUserSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  cpf: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  team: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  active: z.boolean(),
  /** Whether the user has set a password (first access done). */
  hasPassword: z.boolean(),
  alertCount: z.number().int(),
  lastAlertAt: z.string().nullable(),
  createdAt: z.string(),
});
export type AlertAppUser = z.infer<typeof alertAppUserSchema>;

export const alertAppUserBody = z.object({
  name: nameText(120),
  cpf: z.string().trim().min(1).max(20),
  phone: z.string().trim().max(30).nullable().optional(),
  email: emailText.nullable().optional(),
  teamId: z.uuid().nullable().optional(),
});
export const updateAlertAppUserBody = patchBody(alertAppUserBody);

export const alertAppUsersQuery = z.object({
  search: z.string().trim().max(120).optional(),
  active: z.enum(['true', 'false']).optional(),
});

export const alertAppUserDetailSchema = alertAppUserSchema.extend({ alerts: z.array(alertViewSchema) });

export const alertInviteSchema = z.object({
  link: z.string(),
  expiresAt: z.string(),
  /** When SMTP is set and the user has an e-mail, the link was also e-mailed there. */ emailedTo: z.string().nullable(),
});

export const alertSettingsSchema = z.object({
  serviceNumber: z.string().nullable(),
  levelTexts: levelTextsSchema,
  teamId: z.uuid().nullable(),
  voiceQueueId: z.uuid().nullable(),
  /** SPEC ALR-06: map tiles only when an admin configured a URL (`{z}/{x}/{y}`); none by default. */
  tileUrl: z.string().nullable(),
});
export type AlertSettings = z.infer<typeof alertSettingsSchema>;

export const alertSettingsBody = z.object({
  serviceNumber: z.string().trim().max(30).nullable(),
  levelTexts: levelTextsSchema,
  teamId: z.uuid().nullable(),
  voiceQueueId: z.uuid().nullable(),
  tileUrl: z
    .string()
    .trim()
    .max(500)
    .regex(/^https:\/\/\S+$/)
    .nullable()
    .optional(),
});

export const alertsQuery = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  level: z.enum(alertLevels).optional(),
  state: z.enum(alertStates).optional(),
});

export const alertCountsSchema = z.object({ green: z.number().int(), yellow: z.number().int(), red: z.number().int() });
export const alertsPageSchema = z.object({ alerts: z.array(alertViewSchema), counts: alertCountsSchema });

export const closeAlertBody = z.object({ note: z.string().trim().min(1).max(2000) });
