import { describe, expect, it } from 'vitest';
import { documentKind, formatCnpj, formatCpf, formatDocument, isValidCnpj, isValidCpf, normalizeDocument } from './documents.js';

// Independent check-digit generators, written differently from the implementation on purpose:
// CPF with the classic "sum × 10 mod 11 mod 10" formula, CNPJ with weights cycling 2…9 from the right.
function cpfWithDigits(first9: string): string {
  let s = first9;
  for (let round = 0; round < 2; round++) {
    const sum = [...s].reduce((acc, c, i) => acc + Number(c) * (s.length + 1 - i), 0);
    s += String(((sum * 10) % 11) % 10);
  }
  return s;
}
function cnpjWithDigits(first12: string): string {
  let s = first12;
  for (let round = 0; round < 2; round++) {
    let sum = 0;
    [...s].reverse().forEach((c, i) => (sum += (c.charCodeAt(0) - 48) * ((i % 8) + 2)));
    const r = sum % 11;
    s += String(r < 2 ? 0 : 11 - r);
  }
  return s;
}

describe('CPF', () => {
  it('accepts the well-known valid example with and without punctuation', () => {
    expect(isValidCpf('529.982.247-25')).toBe(true);
    expect(isValidCpf('52998224725')).toBe(true);
    expect(isValidCpf(' 529 982 247 25 ')).toBe(true);
    expect(documentKind('529.982.247-25')).toBe('cpf');
  });

  it('accepts numbers whose check digits come from an independent generator', () => {
    for (const base of ['123456789', '000000001', '987654321', '111444777', '390533447']) {
      const cpf = cpfWithDigits(base);
      expect(isValidCpf(cpf), cpf).toBe(true);
      // Any single wrong check digit is refused.
      const wrong = cpf.slice(0, 10) + String((Number(cpf[10]) + 1) % 10);
      expect(isValidCpf(wrong), wrong).toBe(false);
    }
  });

  it('refuses wrong check digits, wrong lengths, letters and all-same digits', () => {
    expect(isValidCpf('529.982.247-24')).toBe(false);
    expect(isValidCpf('5299822472')).toBe(false);
    expect(isValidCpf('529982247250')).toBe(false);
    expect(isValidCpf('52998224A25')).toBe(false);
    for (let d = 0; d <= 9; d++) expect(isValidCpf(String(d).repeat(11))).toBe(false);
    expect(isValidCpf('')).toBe(false);
  });

  it('formats as 000.000.000-00', () => {
    expect(formatCpf('52998224725')).toBe('529.982.247-25');
    expect(formatCpf('529.982.247-25')).toBe('529.982.247-25');
    expect(formatCpf('123')).toBe('123');
  });
});

describe('CNPJ (numeric and alphanumeric)', () => {
  it('accepts the well-known numeric example with and without punctuation', () => {
    expect(isValidCnpj('11.222.333/0001-81')).toBe(true);
    expect(isValidCnpj('11222333000181')).toBe(true);
    expect(documentKind('11.222.333/0001-81')).toBe('cnpj');
    expect(isValidCnpj('11.222.333/0001-82')).toBe(false);
  });

  it("accepts Receita Federal's alphanumeric example 12.ABC.345/01DE-35, lower case too", () => {
    // Worked by hand: A=17, B=18, C=19, D=20, E=21; first digit 459 mod 11 = 8 → 3; second 424 mod 11 = 6 → 5.
    expect(isValidCnpj('12.ABC.345/01DE-35')).toBe(true);
    expect(isValidCnpj('12abc34501de35')).toBe(true);
    expect(documentKind('12.ABC.345/01DE-35')).toBe('cnpj');
    expect(isValidCnpj('12.ABC.345/01DE-36')).toBe(false);
    expect(isValidCnpj('12.ABC.345/01DF-35')).toBe(false);
  });

  it('accepts alphanumeric numbers whose check digits come from an independent generator', () => {
    for (const base of ['ABCDEFGHIJKL', 'Z1Y2X3W4V5U6', '000000000001', 'AB12CD340001', '12345678ZZZZ']) {
      const cnpj = cnpjWithDigits(base);
      expect(isValidCnpj(cnpj), cnpj).toBe(true);
      expect(normalizeDocument(formatCnpj(cnpj))).toBe(cnpj);
    }
  });

  it('refuses letters in the check digits, other symbols, wrong lengths and all-same characters', () => {
    const good = cnpjWithDigits('AB12CD340001');
    expect(isValidCnpj(good.slice(0, 12) + 'A' + good[13])).toBe(false);
    expect(isValidCnpj('12.ABC.345/01D#-35')).toBe(false);
    expect(isValidCnpj('1122233300018')).toBe(false);
    expect(isValidCnpj('00000000000000')).toBe(false);
    expect(isValidCnpj('AAAAAAAAAAAAAA')).toBe(false);
    expect(documentKind('12345')).toBeNull();
    expect(documentKind('529.982.247-24')).toBeNull();
  });

  it('formats as 00.000.000/0000-00, letters included', () => {
    expect(formatCnpj('11222333000181')).toBe('11.222.333/0001-81');
    expect(formatCnpj('12abc34501de35')).toBe('12.ABC.345/01DE-35');
    expect(formatDocument('52998224725')).toBe('529.982.247-25');
    expect(formatDocument('12ABC34501DE35')).toBe('12.ABC.345/01DE-35');
  });
});

describe('normalizeDocument', () => {
  it('strips dots, dashes, slashes and spaces, and uppercases', () => {
    expect(normalizeDocument(' 12.abc.345/01de-35 ')).toBe('12ABC34501DE35');
    expect(normalizeDocument('529.982.247-25')).toBe('52998224725');
  });
});
