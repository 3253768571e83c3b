import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { personAddressBody } from '../schemas/persons.js';
import { createUserBody } from '../schemas/tenancy.js';
import { zodIssueRule } from './zod-rules.js';

const rulesOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((i) => ({ path: i.path.join('.'), ...zodIssueRule(i as never, true) }));
};

// Issue item "every error goes through the catalogue": zod 4 codes map to rules in one place.
describe('zodIssueRule', () => {
  it('maps types, lengths, sizes, formats and options', () => {
    expect(rulesOf(z.number().int(), 1.5)).toEqual([{ path: '', rule: 'invalid_type', params: { expected: 'integer' } }]);
    expect(rulesOf(z.string(), 3)).toEqual([{ path: '', rule: 'invalid_type', params: { expected: 'text' } }]);
    expect(rulesOf(z.string().min(3), 'ab')).toEqual([{ path: '', rule: 'too_short', params: { min: 3 } }]);
    expect(rulesOf(z.string().trim().min(1), '  ')).toEqual([{ path: '', rule: 'required' }]);
    expect(rulesOf(z.string().max(2), 'abc')).toEqual([{ path: '', rule: 'too_long', params: { max: 2 } }]);
    expect(rulesOf(z.number().min(1).max(9), 10)).toEqual([{ path: '', rule: 'too_big', params: { max: 9 } }]);
    expect(rulesOf(z.number().positive(), 0)).toEqual([{ path: '', rule: 'greater_than', params: { min: 0 } }]);
    expect(rulesOf(z.array(z.string()).max(1), ['a', 'b'])).toEqual([{ path: '', rule: 'too_many', params: { max: 1 } }]);
    expect(rulesOf(z.email(), 'x')).toEqual([{ path: '', rule: 'invalid_email' }]);
    expect(rulesOf(z.uuid(), 'x')).toEqual([{ path: '', rule: 'invalid_id' }]);
    expect(rulesOf(z.iso.datetime(), 'x')).toEqual([{ path: '', rule: 'invalid_date' }]);
    expect(rulesOf(z.enum(['a', 'b']), 'c')).toEqual([{ path: '', rule: 'not_in_list' }]);
    expect(rulesOf(z.strictObject({}), { x: 1 })).toEqual([{ path: '', rule: 'unknown_field' }]);
  });

  it('calls a missing field required', () => {
    const issue = z.object({ a: z.string() }).safeParse({}).error!.issues[0]!;
    expect(zodIssueRule(issue as never, false)).toEqual({ rule: 'required' });
  });

  it('takes the rule the shared schemas give their own checks', () => {
    expect(rulesOf(personAddressBody, { cep: '123', cidade: 'X', uf: 'XX' })).toEqual([
      { path: 'cep', rule: 'invalid_cep' },
      { path: 'uf', rule: 'not_in_list' },
    ]);
    expect(rulesOf(createUserBody.pick({ extension: true }), { extension: '1' })).toEqual([{ path: 'extension', rule: 'invalid_extension' }]);
    expect(zodIssueRule({ code: 'custom', message: 'Invalid input', params: { rule: 'invalid_phone' } }, true)).toEqual({ rule: 'invalid_phone' });
    expect(zodIssueRule({ code: 'custom', message: 'Invalid input' }, true)).toEqual({ rule: 'invalid' });
  });
});
