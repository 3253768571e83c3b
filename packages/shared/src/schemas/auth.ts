import { z } from 'zod';
import { locales, roles } from '../roles.js';
import { emailText, passwordText } from './common.js';

export const loginBody = z.object({ email: emailText, password: z.string().min(1).max(200) });

export const meSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.enum(roles),
  organizationId: z.uuid(),
  organizationName: z.string(),
  locale: z.enum(locales),
  avatarUrl: z.string().nullable(),
  extension: z.string().nullable(),
  /** SPEC ORG-04: may start attendances by hand. */
  canStartAttendance: z.boolean(),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof meSchema>;

// SPEC WS-01 "Editar Perfil": name (and photo, uploaded separately); "Idioma".
export const updateMeBody = z.object({ locale: z.enum(locales).optional(), name: z.string().trim().min(1).max(120).optional() });

// SPEC WS-08: the dialer's "Contatos" tab. Persons join this list with the persons module.
export const directoryEntry = z.object({
  kind: z.enum(['user']),
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  extension: z.string().nullable(),
  avatarUrl: z.string().nullable(),
});
export const directoryQuery = z.object({ search: z.string().trim().max(120).optional() });

export const changePasswordBody = z.object({ currentPassword: z.string().min(1).max(200), newPassword: passwordText });
