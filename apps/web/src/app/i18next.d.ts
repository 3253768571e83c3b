import type { i18nResources } from '@atende/shared/i18n';

// Typed keys: `t('users.title')` is checked against the pt-BR resources at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof i18nResources)['pt-BR'];
  }
}
