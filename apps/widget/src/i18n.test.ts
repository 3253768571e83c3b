import { describe, expect, it } from 'vitest';
import { catalogues, pickLocale, translator } from './i18n';

describe('i18n', () => {
  it('has the same keys, all non-empty, in both languages', () => {
    const pt = catalogues['pt-BR'];
    const en = catalogues.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(pt).sort());
    for (const table of [pt, en]) for (const value of Object.values(table)) expect(value.trim()).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    const vars = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(catalogues.en) as (keyof typeof catalogues.en)[])
      expect(vars(catalogues.en[key])).toEqual(vars(catalogues['pt-BR'][key]));
  });

  it('speaks pt-BR to any Portuguese browser and English to the rest (SPEC PLT-01)', () => {
    expect(['pt-BR', 'pt', 'pt-PT', 'PT-br'].map(pickLocale)).toEqual(['pt-BR', 'pt-BR', 'pt-BR', 'pt-BR']);
    expect(['en-US', 'es', '', null, undefined, 'ptx'].map(pickLocale)).toEqual(['en', 'en', 'en', 'en', 'en', 'en']);
  });

  it('fills placeholders', () => {
    expect(translator('pt-BR')('queuePosition', { n: 3 })).toBe('Posição na fila: 3');
    expect(translator('en')('serving', { agent: 'Alice' })).toBe('Alice is helping you');
  });
});
