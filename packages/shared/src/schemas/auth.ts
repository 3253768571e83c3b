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
  csrfToken: z.string(),
});
export type Me = z.infer<typeof meSchema>;

export const updateMeBody = z.object({ locale: z.enum(locales).optional() });

export const changePasswordBody = z.object({ currentPassword: z.string().min(1).max(200), newPassword: passwordText });
