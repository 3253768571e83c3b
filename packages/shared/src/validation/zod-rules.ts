import type { ExpectedKind, FieldRule, FieldRuleParams } from './field-rules.js';
import { isFieldRule } from './field-rules.js';

// The one place zod 4 issue codes become field rules (issue item "every error goes through the
// catalogue"). Schemas that need a rule of their own give it as the check's error (`error:
// 'invalid_cep'`) or as a refinement's `params.rule`; everything else is mapped by code.

/** A zod issue as seen after validation: its code, its message and the rest of its fields. */
export type ZodIssueLike = { code: string; message?: string; [key: string]: unknown };

const EXPECTED: Record<string, ExpectedKind> = {
  string: 'text',
  number: 'number',
  nan: 'number',
  bigint: 'integer',
  int: 'integer',
  boolean: 'boolean',
  array: 'list',
  tuple: 'list',
  set: 'list',
  object: 'object',
  record: 'object',
  map: 'object',
  date: 'date',
};

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'bigint' ? Number(v) : undefined);

function sizeRule(issue: ZodIssueLike, small: boolean): { rule: FieldRule; params?: FieldRuleParams } {
  const limit = num(small ? issue.minimum : issue.maximum);
  const params: FieldRuleParams = limit === undefined ? {} : small ? { min: limit } : { max: limit };
  switch (issue.origin) {
    case 'string':
      // A trimmed text that must have one character is simply missing.
      if (small && limit !== undefined && limit <= 1) return { rule: 'required' };
      return { rule: small ? 'too_short' : 'too_long', params };
    case 'array':
    case 'set':
      if (small && limit !== undefined && limit <= 1) return { rule: 'required' };
      return { rule: small ? 'too_few' : 'too_many', params };
    case 'date':
      return { rule: 'invalid_date' };
    default:
      if (issue.inclusive === false) return { rule: small ? 'greater_than' : 'less_than', params };
      return { rule: small ? 'too_small' : 'too_big', params };
  }
}

function formatRule(format: unknown): FieldRule {
  switch (format) {
    case 'email':
      return 'invalid_email';
    case 'uuid':
    case 'guid':
    case 'cuid':
    case 'cuid2':
    case 'ulid':
    case 'nanoid':
      return 'invalid_id';
    case 'datetime':
    case 'date':
      return 'invalid_date';
    case 'time':
      return 'invalid_time';
    default:
      return 'invalid_format';
  }
}

/**
 * The rule (and limits) of one zod issue. `present` says whether the field had a value at all:
 * a missing field is `required`, whatever type was expected.
 */
export function zodIssueRule(issue: ZodIssueLike, present: boolean): { rule: FieldRule; params?: FieldRuleParams } {
  const custom = (issue.params as { rule?: unknown } | undefined)?.rule;
  if (isFieldRule(custom)) return { rule: custom };
  if (isFieldRule(issue.message)) return { rule: issue.message };
  switch (issue.code) {
    case 'invalid_type':
      return present ? { rule: 'invalid_type', params: { expected: EXPECTED[String(issue.expected)] ?? 'value' } } : { rule: 'required' };
    case 'too_small':
      return sizeRule(issue, true);
    case 'too_big':
      return sizeRule(issue, false);
    case 'invalid_format':
      return { rule: formatRule(issue.format) };
    case 'invalid_value':
      return { rule: 'not_in_list' };
    case 'unrecognized_keys':
      return { rule: 'unknown_field' };
    default:
      return { rule: 'invalid' };
  }
}
