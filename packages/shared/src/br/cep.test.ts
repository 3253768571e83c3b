import { describe, expect, it } from 'vitest';
import { formatCep, isUf, normalizeCep, ufs } from './cep.js';

describe('CEP and UF', () => {
  it('normalizes a CEP to 8 digits with or without punctuation', () => {
    expect(normalizeCep('01310-100')).toBe('01310100');
    expect(normalizeCep('01.310-100')).toBe('01310100');
    expect(normalizeCep(' 01310100 ')).toBe('01310100');
  });

  it('refuses wrong lengths and letters', () => {
    for (const input of ['0131010', '013101000', 'ABCDE-123', '', '01310-10a']) expect(normalizeCep(input), input).toBeNull();
  });

  it('formats as 00000-000', () => {
    expect(formatCep('01310100')).toBe('01310-100');
    expect(formatCep('01.310-100')).toBe('01310-100');
    expect(formatCep('x')).toBe('x');
  });

  it('lists the 27 federative units', () => {
    expect(ufs).toHaveLength(27);
    expect(new Set(ufs).size).toBe(27);
    expect(isUf('SP')).toBe(true);
    expect(isUf('DF')).toBe(true);
    expect(isUf('sp')).toBe(false);
    expect(isUf('XX')).toBe(false);
  });
});
