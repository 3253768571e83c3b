import { zodIssueRule, type FieldError, type FieldRule, type FieldRuleParams, type Locale } from '@atende/shared';
import { fieldErrorMessage } from '@atende/shared/i18n';
import type { FastifyRequest } from 'fastify';

/** A field error as code raises it: the rule and its limits; the message is worded when sent. */
export type FieldProblem = { path: string; rule: FieldRule; params?: FieldRuleParams };

/** What fastify-type-provider-zod puts in `err.validation`: one entry per zod issue. */
type ValidationEntry = { instancePath?: string; keyword?: string; message?: string; params?: Record<string, unknown> };

const CONTEXTS = { body: 'body', querystring: 'query', params: 'params', headers: 'headers' } as const;

function valueAt(root: unknown, segments: string[]): unknown {
  let value = root;
  for (const key of segments) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The request's zod issues as field problems (issue item "every error goes through the catalogue"). */
export function zodFieldProblems(req: FastifyRequest, context: string | undefined, validation: readonly ValidationEntry[]): FieldProblem[] {
  const source = context && context in CONTEXTS ? req[CONTEXTS[context as keyof typeof CONTEXTS]] : undefined;
  return validation.map((v) => {
    const segments = String(v.instancePath ?? '')
      .split('/')
      .filter(Boolean);
    // A missing or null value is "required" whatever type the schema expected.
    const present = valueAt(source, segments) != null;
    const { rule, params } = zodIssueRule({ ...v.params, code: String(v.keyword), message: v.message }, present);
    return { path: [context, ...segments].filter(Boolean).join('.'), rule, ...(params && Object.keys(params).length ? { params } : {}) };
  });
}

/** Problems worded in the reader's language, as the API answers them. */
export const renderFields = (problems: readonly FieldProblem[], locale: Locale): FieldError[] =>
  problems.map((p) => ({ ...p, message: fieldErrorMessage(p.rule, p.params, locale) }));
