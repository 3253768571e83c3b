import { z } from 'zod';
import { locales, roles } from '../roles.js';
import { emailText, nameText, passwordText, patchBody } from './common.js';

// SPEC ORG-02, ORG-04, ORG-05: the organization's staff, teams and companies.
export const userSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.enum(roles),
  active: z.boolean(),
  locale: z.enum(locales),
  extension: z.string().nullable(),
  canStartAttendance: z.boolean(),
  avatarUrl: z.string().nullable(),
  teamIds: z.array(z.uuid()),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

const extensionText = z
  .string()
  .trim()
  .regex(/^\d{2,8}$/, { error: 'invalid_extension' })
  .nullable();

export const createUserBody = z.object({
  name: nameText(),
  email: emailText,
  role: z.enum(roles),
  password: passwordText,
  locale: z.enum(locales).default('pt-BR'),
  extension: extensionText.optional(),
  canStartAttendance: z.boolean().default(false),
});

export const updateUserBody = z.object({
  name: nameText().optional(),
  email: emailText.optional(),
  role: z.enum(roles).optional(),
  active: z.boolean().optional(),
  locale: z.enum(locales).optional(),
  extension: extensionText.optional(),
  canStartAttendance: z.boolean().optional(),
});

export const resetPasswordBody = z.object({ password: passwordText });

export const listUsersQuery = z.object({
  search: z.string().trim().max(120).optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
});

export const teamSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  memberIds: z.array(z.uuid()),
  createdAt: z.string(),
});
export type Team = z.infer<typeof teamSchema>;

export const teamBody = z.object({
  name: nameText(),
  description: z.string().trim().max(500).nullable().optional(),
  memberIds: z.array(z.uuid()).max(1000).default([]),
});
export const updateTeamBody = patchBody(teamBody);

export const companySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  document: z.string().nullable(),
  active: z.boolean(),
});
export type Company = z.infer<typeof companySchema>;
