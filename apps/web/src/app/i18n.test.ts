// @vitest-environment happy-dom
import { i18nResources } from '@atende/shared/i18n';
import { describe, expect, it } from 'vitest';
import { browserLocale } from './i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('browserLocale', () => {
  it('follows the browser: Portuguese → pt-BR, English → en, anything else → pt-BR', () => {
    expect(browserLocale(['pt-PT'])).toBe('pt-BR');
    expect(browserLocale(['en-US', 'pt-BR'])).toBe('en');
    expect(browserLocale(['fr-FR', 'en'])).toBe('en');
    expect(browserLocale(['de'])).toBe('pt-BR');
    expect(browserLocale([])).toBe('pt-BR');
    expect(browserLocale(undefined)).toBe('pt-BR');
  });
});

describe('console messages', () => {
  it('have exactly the same keys in both locales, none empty', () => {
    const pt = keys(i18nResources['pt-BR'].translation).sort();
    const en = keys(i18nResources.en.translation).sort();
    expect(en).toEqual(pt);
    const values = (tree: unknown): unknown[] => (typeof tree === 'object' && tree !== null ? Object.values(tree).flatMap(values) : [tree]);
    expect(values(i18nResources.en.translation).every((v) => typeof v === 'string' && v.length > 0)).toBe(true);
  });
});
