// SPEC PER-02: Brazilian postal addresses.

/** The 27 federative units (26 states and the Federal District). */
export const ufs = [
  'AC',
  'AL',
  'AP',
  'AM',
  'BA',
  'CE',
  'DF',
  'ES',
  'GO',
  'MA',
  'MT',
  'MS',
  'MG',
  'PA',
  'PB',
  'PR',
  'PE',
  'PI',
  'RJ',
  'RN',
  'RS',
  'RO',
  'RR',
  'SC',
  'SP',
  'SE',
  'TO',
] as const;
export type Uf = (typeof ufs)[number];

export const isUf = (s: string): s is Uf => (ufs as readonly string[]).includes(s);

/** The 8 digits of a CEP typed with or without punctuation ("01310-100", "01.310-100"); null otherwise. */
export function normalizeCep(input: string): string | null {
  const trimmed = input.trim();
  if (!/^[\d.\-\s]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, '');
  return digits.length === 8 ? digits : null;
}

/** `00000-000`; input that is not a CEP comes back unchanged. */
export function formatCep(input: string): string {
  const cep = normalizeCep(input);
  return cep ? `${cep.slice(0, 5)}-${cep.slice(5)}` : input;
}
