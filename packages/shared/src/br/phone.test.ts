import { describe, expect, it } from 'vitest';
import { formatPhoneBR, normalizePhone, phoneMatchKeys } from './phone.js';

const keysOf = (input: string) => phoneMatchKeys(normalizePhone(input)!);

describe('normalizePhone', () => {
  it('normalizes the ways people type a Brazilian mobile to E.164', () => {
    for (const input of ['(11) 98765-4321', '11987654321', '+55 11 98765-4321', '011 98765-4321', '5511987654321']) {
      expect(normalizePhone(input), input).toBe('+5511987654321');
    }
    expect(normalizePhone('1187654321')).toBe('+551187654321');
    expect(normalizePhone('(11) 3456-7890')).toBe('+551134567890');
  });

  it('takes other countries with their prefix or a default country', () => {
    expect(normalizePhone('+1 650 253 0000')).toBe('+16502530000');
    expect(normalizePhone('650 253 0000', 'US')).toBe('+16502530000');
  });

  it('refuses what is not a phone number', () => {
    for (const input of ['', 'abc', '12345', '+55', 'joao@example.com']) expect(normalizePhone(input), input).toBeNull();
  });
});

describe('phoneMatchKeys', () => {
  it('links a mobile with and without the 9th digit, whichever form was typed', () => {
    const forms = ['(11) 98765-4321', '11987654321', '+55 11 98765-4321', '1187654321'];
    for (const a of forms) {
      for (const b of forms) {
        const shared = keysOf(a).filter((k) => keysOf(b).includes(k));
        expect(shared.length, `${a} ~ ${b}`).toBeGreaterThan(0);
      }
    }
    expect(phoneMatchKeys('+5511987654321')).toEqual(['+5511987654321', '+551187654321']);
    expect(phoneMatchKeys('+551187654321')).toEqual(['+551187654321', '+5511987654321']);
  });

  it('gives landlines, non-geographic and foreign numbers no 9th-digit variant', () => {
    expect(phoneMatchKeys('+551134567890')).toEqual(['+551134567890']);
    expect(phoneMatchKeys('+552125551234')).toEqual(['+552125551234']);
    expect(phoneMatchKeys('+558001234567')).toEqual(['+558001234567']);
    expect(phoneMatchKeys('+16502530000')).toEqual(['+16502530000']);
    // A 9-digit number whose remainder would start with 2–5 is not a mobile twin.
    expect(phoneMatchKeys('+5511923456789')).toEqual(['+5511923456789']);
  });
});

describe('formatPhoneBR', () => {
  it('formats Brazilian numbers nationally and others internationally', () => {
    expect(formatPhoneBR('+5511987654321')).toBe('(11) 98765-4321');
    expect(formatPhoneBR('+551187654321')).toBe('(11) 8765-4321');
    expect(formatPhoneBR('+551134567890')).toBe('(11) 3456-7890');
    expect(formatPhoneBR('+558001234567')).toBe('0800 123 4567');
    expect(formatPhoneBR('+16502530000')).toBe('+1 650 253 0000');
  });
});
