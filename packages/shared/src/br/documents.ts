// SPEC PER-02: CPF and CNPJ, including the alphanumeric CNPJ in force since July 2026 (Receita
// Federal, IN RFB 2.229/2024): the first 12 positions may be letters, the last 2 stay numeric check
// digits computed with the same weights, each character counting as its ASCII code minus 48.

export type DocumentKind = 'cpf' | 'cnpj';

/** Strips the punctuation people type (`.`, `-`, `/`, spaces) and uppercases the letters. */
export function normalizeDocument(input: string): string {
  return input.replace(/[.\-/\s]/g, '').toUpperCase();
}

const charValue = (c: string) => c.charCodeAt(0) - 48;

/** The mod-11 check digit of `body` weighted by `weights` (same rule for CPF and CNPJ). */
function checkDigit(body: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += charValue(body[i]!) * weights[i]!;
  const rest = sum % 11;
  return rest < 2 ? 0 : 11 - rest;
}

const allSame = (s: string) => [...s].every((c) => c === s[0]);

const CPF_WEIGHTS_1 = [10, 9, 8, 7, 6, 5, 4, 3, 2];
const CPF_WEIGHTS_2 = [11, 10, 9, 8, 7, 6, 5, 4, 3, 2];
const CNPJ_WEIGHTS_1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
const CNPJ_WEIGHTS_2 = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

/** The two check digits of a CPF's first 9 digits. */
export function cpfCheckDigits(first9: string): string {
  const d1 = checkDigit(first9, CPF_WEIGHTS_1);
  const d2 = checkDigit(first9 + d1, CPF_WEIGHTS_2);
  return `${d1}${d2}`;
}

/** The two check digits of a CNPJ's first 12 characters (digits or, since 2026, letters). */
export function cnpjCheckDigits(first12: string): string {
  const d1 = checkDigit(first12, CNPJ_WEIGHTS_1);
  const d2 = checkDigit(first12 + d1, CNPJ_WEIGHTS_2);
  return `${d1}${d2}`;
}

export function isValidCpf(input: string): boolean {
  const doc = normalizeDocument(input);
  // All-same sequences (000.000.000-00, 111…) pass the arithmetic but are not issued.
  if (!/^\d{11}$/.test(doc) || allSame(doc)) return false;
  return cpfCheckDigits(doc.slice(0, 9)) === doc.slice(9);
}

export function isValidCnpj(input: string): boolean {
  const doc = normalizeDocument(input);
  if (!/^[0-9A-Z]{12}\d{2}$/.test(doc) || allSame(doc)) return false;
  return cnpjCheckDigits(doc.slice(0, 12)) === doc.slice(12);
}

/** Which document this is, when it is a valid one; null otherwise. */
export function documentKind(input: string): DocumentKind | null {
  if (isValidCpf(input)) return 'cpf';
  if (isValidCnpj(input)) return 'cnpj';
  return null;
}

/** `000.000.000-00`; anything that is not 11 characters once normalized comes back normalized. */
export function formatCpf(input: string): string {
  const d = normalizeDocument(input);
  return d.length === 11 ? `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}` : d;
}

/** `00.000.000/0000-00` (letters where the alphanumeric CNPJ has them). */
export function formatCnpj(input: string): string {
  const d = normalizeDocument(input);
  return d.length === 14 ? `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}/${d.slice(8, 12)}-${d.slice(12)}` : d;
}

/** Formats by length: 11 characters as a CPF, 14 as a CNPJ, anything else normalized. */
export function formatDocument(input: string): string {
  const d = normalizeDocument(input);
  if (d.length === 11) return formatCpf(d);
  if (d.length === 14) return formatCnpj(d);
  return d;
}
