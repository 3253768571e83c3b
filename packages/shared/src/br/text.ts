/**
 * Text folded for accent-insensitive search (SPEC PER-01): lowercase, no diacritics, single spaces.
 * "José  Conceição" → "jose conceicao".
 */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
