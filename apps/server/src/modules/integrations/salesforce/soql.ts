// SPEC CRM-01: SOQL built from values a caller or a person record supplies. String literals escape
// backslashes and quotes (and line breaks) as Salesforce's SOQL reference lists, so a value never
// ends the literal early.
export function soqlString(value: string): string {
  const escaped = value.replace(/[\\'"\n\r\t\f\b]/g, (c) => {
    switch (c) {
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      case '\f':
        return '\\f';
      case '\b':
        return '\\b';
      default:
        return `\\${c}`;
    }
  });
  return `'${escaped}'`;
}

/** `a = 'x' OR a = 'y' OR b = 'x' …` for every field and value. */
export function anyEquals(fields: readonly string[], values: readonly string[]): string {
  return fields.flatMap((f) => values.map((v) => `${f} = ${soqlString(v)}`)).join(' OR ');
}

/**
 * The forms a Brazilian caller's number may be stored in on a Contact: E.164 (+5511987654321),
 * national digits (11987654321) and the usual masks ((11) 98765-4321). Numbers from elsewhere are
 * tried as given and as digits.
 */
export function phoneForms(raw: string): string[] {
  const digits = raw.replace(/\D/g, '');
  if (!digits) return [];
  const national = digits.length >= 12 && digits.startsWith('55') ? digits.slice(2) : digits;
  const forms = new Set<string>([raw.trim(), digits]);
  if (national.length === 10 || national.length === 11) {
    const ddd = national.slice(0, 2);
    const local = national.slice(2);
    const split = local.length - 4;
    forms.add(national);
    forms.add(`+55${national}`);
    forms.add(`55${national}`);
    forms.add(`(${ddd}) ${local.slice(0, split)}-${local.slice(split)}`);
  } else {
    forms.add(`+${digits}`);
  }
  return [...forms].filter(Boolean);
}
