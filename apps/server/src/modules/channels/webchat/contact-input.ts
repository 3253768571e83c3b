import { isValidCpf, normalizeDocument, normalizePhone, type PreChatField } from '@atende/shared';
import { z } from 'zod';
import { AppError, type FieldProblem } from '../../../platform/errors.js';
import type { VisitorProfile } from './visitors.repository.js';

/** Validates what a visitor typed (pre-chat form or setUser), field by field, with coded field errors. */
export function contactFromInput(
  input: { name?: string; email?: string; cpf?: string; phone?: string },
  required: PreChatField[] = [],
): VisitorProfile {
  const fields: FieldProblem[] = [];
  const out: VisitorProfile = {};
  if (input.name) out.name = input.name;
  if (input.email) {
    if (z.email().safeParse(input.email).success) out.email = input.email.toLowerCase();
    else fields.push({ path: 'body.email', rule: 'invalid_email' });
  }
  if (input.cpf) {
    if (isValidCpf(input.cpf)) out.document = normalizeDocument(input.cpf);
    else fields.push({ path: 'body.cpf', rule: 'invalid_cpf' });
  }
  if (input.phone) {
    const e164 = normalizePhone(input.phone);
    if (e164) out.phone = e164;
    else fields.push({ path: 'body.phone', rule: 'invalid_phone' });
  }
  const present: Record<PreChatField, unknown> = { name: out.name, email: out.email, cpf: out.document, phone: out.phone };
  for (const f of required) if (!present[f] && !fields.some((x) => x.path === `body.${f}`)) fields.push({ path: `body.${f}`, rule: 'required' });
  if (fields.length) throw new AppError('VALIDATION_FAILED', { fields });
  return out;
}
