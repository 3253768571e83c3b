import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { translator } from './i18n';
import { fieldErrors } from './identity';

// Issue item "every error goes through the catalogue": the pre-chat form reads each field's rule
// code, not the server's wording, and says it in the widget's language.
describe('pre-chat field errors', () => {
  it('tells a missing field from an invalid one by rule', () => {
    const err = new ApiError('VALIDATION_FAILED', 400, 'Verifique os campos destacados.', [
      { path: 'body.name', rule: 'required', message: 'Campo obrigatório.' },
      { path: 'body.cpf', rule: 'invalid_cpf', message: 'CPF inválido. Confira os dígitos.' },
      { path: 'body.phone', rule: 'required', message: 'Required field.' },
    ]);
    expect(fieldErrors(err, translator('pt-BR'))).toEqual({ name: 'Campo obrigatório', cpf: 'CPF inválido', phone: 'Campo obrigatório' });
    expect(fieldErrors(err, translator('en'))).toEqual({ name: 'Required field', cpf: 'Invalid CPF', phone: 'Required field' });
  });
});
