import { foldText, normalizeDocument, normalizePhone, phoneMatchKeys } from '@atende/shared';
import type { PersonSearch } from './persons.repository.js';

const NUMERIC = /^[\d\s().\-/+]+$/;

/**
 * SPEC PER-01, one search box: what the text typed may be. "@" means an e-mail (prefix); a CPF or
 * CNPJ (11 or 14 characters once punctuation is gone) is looked up exactly, a long run of digits
 * by prefix; a phone by its match keys (with or without the 9th digit); text with letters by
 * accent-insensitive partial name. Several readings may apply (11 digits can be a CPF or a mobile).
 */
export function personSearchTerms(q: string | undefined): PersonSearch {
  const text = (q ?? '').trim();
  if (!text) return {};
  if (text.includes('@')) return { emailPrefix: text.toLowerCase() };
  const terms: PersonSearch = {};
  const numeric = NUMERIC.test(text);
  const document = normalizeDocument(text);
  if (/^\d{11}$/.test(document) || /^[0-9A-Z]{12}\d{2}$/.test(document)) terms.documents = [document];
  else if (numeric && /^\d{6,13}$/.test(document)) terms.documentPrefix = document;
  const digits = text.replace(/\D/g, '').length;
  const phone = numeric && digits >= 8 ? normalizePhone(text) : null;
  if (phone) terms.phoneKeys = phoneMatchKeys(phone);
  if (/\p{L}/u.test(text)) terms.name = foldText(text);
  if (!terms.documents && !terms.documentPrefix && !terms.phoneKeys && !terms.name) terms.name = foldText(text);
  return terms;
}
