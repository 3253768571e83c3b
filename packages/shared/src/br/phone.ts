import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

// SPEC PER-01, PER-02: phones are stored in E.164 and found with or without the Brazilian 9th
// digit. Mobiles gained a leading 9 (2012–2016), yet old records, people and some channels
// (WhatsApp ids of older accounts) still use the 8-digit form.

/** The number in E.164 ("+5511987654321"), or null when it is not a valid phone number. */
export function normalizePhone(input: string, defaultCountry: CountryCode = 'BR'): string | null {
  if (!/\d/.test(input)) return null;
  const parsed = parsePhoneNumberFromString(input, defaultCountry);
  return parsed?.isValid() ? parsed.number : null;
}

/** DDD and subscriber of a Brazilian E.164 number with an area code; null for others (0800, foreign). */
function brazilianParts(e164: string): { ddd: string; subscriber: string } | null {
  const m = /^\+55([1-9][1-9])(\d{8,9})$/.exec(e164);
  return m ? { ddd: m[1]!, subscriber: m[2]! } : null;
}

/**
 * The keys under which a number is stored and searched: itself and, for a Brazilian mobile, its
 * twin with or without the 9th digit (+55 DD 9XXXX-XXXX ↔ +55 DD XXXX-XXXX, the 8-digit number
 * starting with 6–9). Landlines (starting with 2–5) have no twin.
 */
export function phoneMatchKeys(e164: string): string[] {
  const br = brazilianParts(e164);
  if (!br) return [e164];
  const { ddd, subscriber } = br;
  if (subscriber.length === 9 && /^9[6-9]/.test(subscriber)) return [e164, `+55${ddd}${subscriber.slice(1)}`];
  if (subscriber.length === 8 && /^[6-9]/.test(subscriber)) return [e164, `+55${ddd}9${subscriber}`];
  return [e164];
}

/** "(11) 98765-4321" / "(11) 3456-7890" for Brazilian numbers, international format for others. */
export function formatPhoneBR(e164: string): string {
  const br = brazilianParts(e164);
  if (br) return `(${br.ddd}) ${br.subscriber.slice(0, -4)}-${br.subscriber.slice(-4)}`;
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === 'BR' ? parsed.formatNational() : parsed.formatInternational();
}
