// The translation runtime of the pages that ship without i18next (the web-chat widget, the alert
// app): two flat catalogues, the browser's language picks one (SPEC PLT-01). Kept free of imports
// so those bundles stay small.

export type SmallLocale = 'pt-BR' | 'en';

/** pt-BR for any Portuguese browser language, otherwise English. */
export function pickLocale(language: string | undefined | null): SmallLocale {
  return language && /^pt\b/i.test(language) ? 'pt-BR' : 'en';
}

/** A function that reads a key in one catalogue and fills its `{name}` placeholders. */
export function smallTranslator<K extends string>(table: Record<K, string>) {
  return (key: K, vars?: Record<string, string | number>): string =>
    table[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? ''));
}
