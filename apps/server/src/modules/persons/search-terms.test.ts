import { describe, expect, it } from 'vitest';
import { personSearchTerms } from './search-terms.js';

describe('personSearchTerms (SPEC PER-01)', () => {
  it('reads a CPF or CNPJ with or without punctuation as a document', () => {
    expect(personSearchTerms('529.982.247-25').documents).toEqual(['52998224725']);
    expect(personSearchTerms('52998224725').documents).toEqual(['52998224725']);
    expect(personSearchTerms('12.abc.345/01de-35')).toMatchObject({ documents: ['12ABC34501DE35'] });
    expect(personSearchTerms('11.222.333/0001-81')).toEqual({ documents: ['11222333000181'] });
  });

  it('reads phones in any format, with both 9th-digit forms', () => {
    expect(personSearchTerms('(11) 98765-4321')).toEqual({ phoneKeys: ['+5511987654321', '+551187654321'] });
    expect(personSearchTerms('+55 11 98765-4321').phoneKeys).toEqual(['+5511987654321', '+551187654321']);
    expect(personSearchTerms('1187654321').phoneKeys).toEqual(['+551187654321', '+5511987654321']);
    // 11 digits may be a CPF or a mobile: both are looked up.
    expect(personSearchTerms('11987654321')).toEqual({ documents: ['11987654321'], phoneKeys: ['+5511987654321', '+551187654321'] });
  });

  it('reads "@" as an e-mail prefix, lowercased', () => {
    expect(personSearchTerms('Jose@Example.COM')).toEqual({ emailPrefix: 'jose@example.com' });
  });

  it('reads text as an accent-insensitive partial name', () => {
    expect(personSearchTerms('  José   Conceição ')).toEqual({ name: 'jose conceicao' });
    expect(personSearchTerms('Ana Carolina')).toEqual({ name: 'ana carolina' });
    expect(personSearchTerms('1234')).toEqual({ name: '1234' });
    expect(personSearchTerms('')).toEqual({});
    expect(personSearchTerms(undefined)).toEqual({});
  });

  it('searches a partial document by prefix', () => {
    expect(personSearchTerms('529.982.2')).toEqual({ documentPrefix: '5299822' });
  });
});
