import { i18nResources } from '@atende/shared/i18n';
import { defaultLocale, locales, pickLocale, type Locale } from '@atende/shared/roles';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

/** Before login the console follows the browser's languages; after login, the user's choice. */
export function browserLocale(languages: readonly string[] | undefined): Locale {
  return pickLocale(languages?.length ? languages.join(',') : null);
}

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : defaultLocale;
}

export async function setUiLocale(locale: Locale): Promise<void> {
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

i18n.on('languageChanged', (lng) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  resources: i18nResources,
  lng: browserLocale(typeof navigator === 'undefined' ? undefined : navigator.languages),
  fallbackLng: defaultLocale,
  supportedLngs: [...locales],
  interpolation: { escapeValue: false }, // React already escapes
  returnNull: false,
});

export { i18n };
