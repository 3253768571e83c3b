// Issue item "every error goes through the catalogue in the request's language": a field error
// names a stable rule (and its limits), never English text; the message is rendered from the
// catalogue in packages/shared/src/i18n/field-errors.ts for the reader's language.
export const fieldRules = [
  'required',
  'invalid',
  'invalid_type',
  'too_short',
  'too_long',
  'too_small',
  'too_big',
  'greater_than',
  'less_than',
  'too_few',
  'too_many',
  'invalid_format',
  'invalid_email',
  'invalid_date',
  'invalid_time',
  'invalid_id',
  'not_in_list',
  'unknown_field',
  'invalid_body',
  'invalid_characters',
  'invalid_cpf',
  'invalid_cnpj',
  'invalid_phone',
  'invalid_cep',
  'invalid_uf',
  'invalid_extension',
  'invalid_time_zone',
  'invalid_hours',
  'unique',
  'unknown_reference',
  'unknown_column',
  'duplicate',
  'exactly_one',
  'end_before_start',
  'required_not_asked',
  'process_already_set',
  'default_calendar_no_company',
  'default_calendar_kept',
  'private_target',
] as const;
export type FieldRule = (typeof fieldRules)[number];

/** What an `invalid_type` rule expected, in words the catalogue translates. */
export const expectedKinds = ['text', 'number', 'integer', 'boolean', 'list', 'object', 'date', 'value'] as const;
export type ExpectedKind = (typeof expectedKinds)[number];

export type FieldRuleParams = { min?: number; max?: number; expected?: ExpectedKind };

/** A field error as the API answers it: `message` is `rule` worded in the request's language. */
export type FieldError = { path: string; rule: FieldRule; params?: FieldRuleParams; message: string };

export function isFieldRule(value: unknown): value is FieldRule {
  return typeof value === 'string' && (fieldRules as readonly string[]).includes(value);
}
