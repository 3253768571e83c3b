import { describe, expect, it } from 'vitest';
import { foldText } from './text.js';

describe('foldText', () => {
  it('lowercases, strips accents and collapses spaces', () => {
    expect(foldText('José Conceição')).toBe('jose conceicao');
    expect(foldText('  ÁGUA   Viva\tLTDA ')).toBe('agua viva ltda');
    expect(foldText('Ñandú Müller Øre')).toBe('nandu muller øre');
  });

  it('makes a partial, unaccented query a substring of the folded name', () => {
    expect(foldText('Maria José da Conceição').includes(foldText('jose da CONCEICAO'))).toBe(true);
  });
});
