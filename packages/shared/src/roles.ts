// SPEC ORG-02: staff roles, ordered from most to least privileged.
export const roles = ['admin', 'supervisor', 'agent'] as const;
export type Role = (typeof roles)[number];

export const locales = ['pt-BR', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'pt-BR';

/** True when `role` is at least as privileged as `required`. */
export function roleAtLeast(role: Role, required: Role): boolean {
  return roles.indexOf(role) <= roles.indexOf(required);
}

/** Picks the best supported locale from an Accept-Language style list. */
export function pickLocale(accept: string | undefined | null): Locale {
  if (!accept) return defaultLocale;
  for (const part of accept.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag.startsWith('pt')) return 'pt-BR';
    if (tag.startsWith('en')) return 'en';
  }
  return defaultLocale;
}
