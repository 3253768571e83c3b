import { personCustomProblems, type FormAnswers, type Person, type PersonField, type PersonType } from '@atende/shared';
import { normalizeCep, isUf, type Uf } from '@atende/shared/br/cep';
import { isValidCnpj, isValidCpf, normalizeDocument } from '@atende/shared/br/documents';
import { ApiError, type FieldError } from '../../app/api';
import type { AddressKind, PersonInput } from './api';

// SPEC PER-02: the person form's values, what is checked before sending, and where the server's
// answer points. The phone rules (E.164, the 9th digit) need libphonenumber's metadata, too big
// for the console: the browser checks only that a phone has digits, the server says the rest.

export type AddressValues = {
  kind: AddressKind;
  cep: string;
  logradouro: string;
  numero: string;
  complemento: string;
  bairro: string;
  cidade: string;
  uf: Uf | '';
};
export type PersonValues = {
  type: PersonType;
  name: string;
  document: string;
  emails: string[];
  phones: string[];
  addresses: AddressValues[];
  /** SPEC PER-05 "Dados personalizados", by field key. */
  custom: FormAnswers;
};

/** Problems by field path ("document", "phones.1", "addresses.0.cep"): a form rule, an error code or the server's field error. */
export type Problem = { rule: Rule } | { code: string } | { server: FieldError };
export type Rule = 'name' | 'cpf' | 'cnpj' | 'email' | 'phone' | 'cep' | 'cidade' | 'uf' | 'required' | 'invalid';
export type Problems = Record<string, Problem>;

export const emptyAddress = (): AddressValues => ({
  kind: 'residential',
  cep: '',
  logradouro: '',
  numero: '',
  complemento: '',
  bairro: '',
  cidade: '',
  uf: '',
});

type Contact = { name?: string; email?: string; phone?: string; document?: string };

/** A new person, pre-filled with what the channel told about the contact. */
export function valuesFromContact(contact: Contact = {}): PersonValues {
  const document = contact.document?.trim() ?? '';
  return {
    type: normalizeDocument(document).length === 14 ? 'PJ' : 'PF',
    name: contact.name?.trim() ?? '',
    document,
    emails: [contact.email?.trim() ?? ''],
    phones: [contact.phone?.trim() ?? ''],
    addresses: [emptyAddress()], // shown to fill in; left out when untouched
    custom: {},
  };
}

export function valuesFromPerson(p: Person): PersonValues {
  const text = (v: string | null) => v ?? '';
  return {
    type: p.type,
    name: p.name,
    document: p.document ?? '',
    emails: p.emails.length ? [...p.emails] : [''],
    phones: p.phones.length ? p.phones.map((ph) => ph.formatted) : [''],
    addresses: p.addresses.map((a) => ({
      kind: a.kind,
      cep: text(a.cep),
      logradouro: text(a.logradouro),
      numero: text(a.numero),
      complemento: text(a.complemento),
      bairro: text(a.bairro),
      cidade: a.cidade,
      uf: a.uf,
    })),
    custom: { ...p.custom },
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const blank = (s: string) => s.trim() === '';
const isBlankAddress = (a: AddressValues) => [a.cep, a.logradouro, a.numero, a.complemento, a.bairro, a.cidade, a.uf].every(blank);

/**
 * What the browser can tell before sending (check digits, CEP length, required address parts, and
 * the type's custom fields with the server's own validator, SPEC PER-05).
 */
export function validatePerson(v: PersonValues, fields: readonly PersonField[] = []): Problems {
  const out: Problems = {};
  for (const p of personCustomProblems(fields, v.type, v.custom)) out[p.path] = { rule: p.rule };
  if (blank(v.name) || v.name.trim().length > 200) out.name = { rule: 'name' };
  const doc = v.document.trim();
  if (doc && v.type === 'PF' && !isValidCpf(doc)) out.document = { rule: 'cpf' };
  if (doc && v.type === 'PJ' && !isValidCnpj(doc)) out.document = { rule: 'cnpj' };
  v.emails.forEach((e, i) => {
    if (!blank(e) && !EMAIL.test(e.trim())) out[`emails.${i}`] = { rule: 'email' };
  });
  v.phones.forEach((p, i) => {
    if (!blank(p) && (p.replace(/\D/g, '').length < 8 || /[a-z]/i.test(p))) out[`phones.${i}`] = { rule: 'phone' };
  });
  v.addresses.forEach((a, i) => {
    if (isBlankAddress(a)) return;
    if (!blank(a.cep) && !normalizeCep(a.cep)) out[`addresses.${i}.cep`] = { rule: 'cep' };
    if (blank(a.cidade)) out[`addresses.${i}.cidade`] = { rule: 'cidade' };
    if (!a.uf) out[`addresses.${i}.uf`] = { rule: 'uf' };
  });
  return out;
}

const orNull = (s: string) => (blank(s) ? null : s.trim());

/**
 * The API body. Empty e-mail and phone boxes and untouched addresses are left out; the paths of the
 * server's answer then index the sent lists, so `sentIndex` maps them back to the form's boxes.
 */
export function toPersonInput(v: PersonValues): { body: PersonInput; sentIndex: Record<'emails' | 'phones' | 'addresses', number[]> } {
  const keep = <T>(list: T[], filled: (x: T) => boolean) => list.map((x, i) => [x, i] as const).filter(([x]) => filled(x));
  const emails = keep(v.emails, (e) => !blank(e));
  const phones = keep(v.phones, (p) => !blank(p));
  const addresses = keep(v.addresses, (a) => !isBlankAddress(a));
  return {
    body: {
      type: v.type,
      name: v.name.trim(),
      document: orNull(v.document),
      emails: emails.map(([e]) => e.trim()),
      phones: phones.map(([p]) => p.trim()),
      addresses: addresses.map(([a]) => ({
        kind: a.kind,
        cep: orNull(a.cep),
        logradouro: orNull(a.logradouro),
        numero: orNull(a.numero),
        complemento: orNull(a.complemento),
        bairro: orNull(a.bairro),
        cidade: a.cidade.trim(),
        uf: (isUf(a.uf) ? a.uf : 'SP') as Uf, // validatePerson refuses a filled address without UF
      })),
      custom: v.custom,
    },
    sentIndex: { emails: emails.map(([, i]) => i), phones: phones.map(([, i]) => i), addresses: addresses.map(([, i]) => i) },
  };
}

const RULE_BY_FIELD: Record<string, Rule> = { name: 'name', emails: 'email', phones: 'phone', cep: 'cep', cidade: 'cidade', uf: 'uf' };

/** The server's 400 answer as problems on the form's own paths. */
export function serverProblems(err: unknown, type: PersonType, sentIndex: Record<string, number[]>): Problems {
  if (!(err instanceof ApiError)) return {};
  const out: Problems = {};
  if (err.code === 'PERSON_DOCUMENT_TAKEN') out.document = { code: err.code };
  for (const f of err.fields) {
    const parts = f.path.split('.').filter((p) => p !== 'body');
    const [list, index, field] = parts;
    if (list === undefined) continue;
    if (list === 'custom' && index) {
      out[`custom.${index}`] = f.rule === 'required' || f.rule === 'invalid' ? { rule: f.rule } : { server: f };
      continue;
    }
    const formIndex = index !== undefined && /^\d+$/.test(index) ? sentIndex[list]?.[Number(index)] : undefined;
    const path = formIndex === undefined ? list : [list, formIndex, field].filter((p) => p !== undefined).join('.');
    if (out[path]) continue;
    const rule = list === 'document' ? (type === 'PF' ? 'cpf' : 'cnpj') : RULE_BY_FIELD[field ?? list];
    out[path] = rule ? { rule } : { server: f };
  }
  return out;
}
