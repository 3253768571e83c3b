import type { Person, PersonField } from '@atende/shared';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api';
import { emptyAddress, serverProblems, toPersonInput, validatePerson, valuesFromContact, valuesFromPerson, type PersonValues } from './person-form';

const base = (patch: Partial<PersonValues> = {}): PersonValues => ({ ...valuesFromContact({ name: 'Maria' }), ...patch });

describe('valuesFromContact', () => {
  it('pre-fills what the channel gave, choosing PJ for a 14-character document', () => {
    expect(valuesFromContact({ name: ' Maria ', email: 'm@x.com', phone: '11 98765-4321', document: '529.982.247-25' })).toMatchObject({
      type: 'PF',
      name: 'Maria',
      document: '529.982.247-25',
      emails: ['m@x.com'],
      phones: ['11 98765-4321'],
    });
    expect(valuesFromContact({ document: '11.222.333/0001-81' }).type).toBe('PJ');
    expect(valuesFromContact().emails).toEqual(['']);
  });
});

describe('valuesFromPerson', () => {
  it('edits the stored person, phones as displayed', () => {
    const person: Person = {
      id: '00000000-0000-4000-8000-000000000001',
      type: 'PJ',
      name: 'Loja',
      document: '11.222.333/0001-81',
      emails: [],
      phones: [{ e164: '+5511987654321', formatted: '(11) 98765-4321' }],
      addresses: [
        { kind: 'commercial', cep: '01310-100', logradouro: null, numero: '10', complemento: null, bairro: null, cidade: 'São Paulo', uf: 'SP' },
      ],
      custom: { porte: 'ME' },
      createdAt: '',
      updatedAt: '',
    };
    const v = valuesFromPerson(person);
    expect(v.emails).toEqual(['']);
    expect(v.phones).toEqual(['(11) 98765-4321']);
    expect(v.custom).toEqual({ porte: 'ME' });
    expect(v.addresses[0]).toMatchObject({ kind: 'commercial', logradouro: '', cidade: 'São Paulo', uf: 'SP' });
  });
});

describe('validatePerson', () => {
  it('checks the CPF for PF and the CNPJ (alphanumeric too) for PJ', () => {
    expect(validatePerson(base({ document: '123.456.789-00' }))).toEqual({ document: { rule: 'cpf' } });
    expect(validatePerson(base({ document: '529.982.247-25' }))).toEqual({});
    expect(validatePerson(base({ type: 'PJ', document: '529.982.247-25' }))).toEqual({ document: { rule: 'cnpj' } });
    expect(validatePerson(base({ type: 'PJ', document: '12.ABC.345/01DE-35' }))).toEqual({});
    expect(validatePerson(base({ document: '' }))).toEqual({});
  });

  it('points at the box of each bad e-mail, phone and address part', () => {
    const problems = validatePerson(
      base({
        name: ' ',
        emails: ['ok@x.com', 'nope'],
        phones: ['', 'abc'],
        addresses: [emptyAddress(), { ...emptyAddress(), cep: '123', logradouro: 'Rua A' }],
      }),
    );
    expect(problems).toEqual({
      name: { rule: 'name' },
      'emails.1': { rule: 'email' },
      'phones.1': { rule: 'phone' },
      'addresses.1.cep': { rule: 'cep' },
      'addresses.1.cidade': { rule: 'cidade' },
      'addresses.1.uf': { rule: 'uf' },
    });
  });
});

describe('toPersonInput', () => {
  it('leaves out empty boxes and remembers where the sent ones came from', () => {
    const { body, sentIndex } = toPersonInput(
      base({
        document: ' ',
        emails: ['', ' a@b.com '],
        phones: ['(11) 98765-4321', ''],
        addresses: [emptyAddress(), { ...emptyAddress(), cep: '01310-100', cidade: ' São Paulo ', uf: 'SP' }],
      }),
    );
    expect(body).toMatchObject({ name: 'Maria', document: null, emails: ['a@b.com'], phones: ['(11) 98765-4321'] });
    expect(body.addresses).toEqual([
      { kind: 'residential', cep: '01310-100', logradouro: null, numero: null, complemento: null, bairro: null, cidade: 'São Paulo', uf: 'SP' },
    ]);
    expect(sentIndex).toEqual({ emails: [1], phones: [0], addresses: [1] });
  });
});

describe('serverProblems', () => {
  it('maps the server’s paths back onto the form’s boxes', () => {
    const err = new ApiError(400, 'VALIDATION_FAILED', 'x', [
      { path: 'body.document', rule: 'invalid_cpf', message: 'CPF inválido. Confira os dígitos.' },
      { path: 'body.phones.0', rule: 'invalid_phone', message: 'Telefone inválido. Inclua o DDD.' },
      { path: 'body.addresses.0.cep', rule: 'invalid_cep', message: 'O CEP deve ter 8 dígitos.' },
      { path: 'body.addresses.0.kind', rule: 'not_in_list', message: 'Escolha uma das opções disponíveis.' },
    ]);
    expect(serverProblems(err, 'PF', { emails: [], phones: [2], addresses: [1] })).toEqual({
      document: { rule: 'cpf' },
      'phones.2': { rule: 'phone' },
      'addresses.1.cep': { rule: 'cep' },
      'addresses.1.kind': { server: { path: 'body.addresses.0.kind', rule: 'not_in_list', message: 'Escolha uma das opções disponíveis.' } },
    });
  });

  it('puts a taken document on its field and ignores what is not an API error', () => {
    expect(serverProblems(new ApiError(409, 'PERSON_DOCUMENT_TAKEN', 'x'), 'PJ', {})).toEqual({ document: { code: 'PERSON_DOCUMENT_TAKEN' } });
    expect(serverProblems(new Error('boom'), 'PF', {})).toEqual({});
  });
});

// SPEC PER-05: the browser checks the type's custom fields with the server's validator.
describe('custom fields on the person form', () => {
  const field = (over: Partial<PersonField>): PersonField => ({
    id: '00000000-0000-4000-8000-000000000009',
    personType: 'PF',
    key: 'nascimento',
    label: 'Nascimento',
    type: 'date',
    required: true,
    options: [],
    position: 0,
    active: true,
    ...over,
  });
  it('asks for the required fields of the person type only, and reads the server’s paths back', () => {
    const fields = [field({}), field({ id: '00000000-0000-4000-8000-00000000000a', personType: 'PJ', key: 'cnae', type: 'text' })];
    const values = { ...valuesFromContact({ name: 'Ana' }), custom: {} };
    expect(validatePerson(values, fields)).toEqual({ 'custom.nascimento': { rule: 'required' } });
    expect(validatePerson({ ...values, custom: { nascimento: '2001-02-30x' } }, fields)).toEqual({ 'custom.nascimento': { rule: 'invalid' } });
    expect(validatePerson({ ...values, custom: { nascimento: '2001-02-03' } }, fields)).toEqual({});
    expect(toPersonInput({ ...values, custom: { nascimento: '2001-02-03' } }).body.custom).toEqual({ nascimento: '2001-02-03' });
    const err = new ApiError(400, 'VALIDATION_FAILED', 'x', [{ path: 'body.custom.nascimento', message: 'x', rule: 'invalid' }]);
    expect(serverProblems(err, 'PF', {})).toEqual({ 'custom.nascimento': { rule: 'invalid' } });
  });
});
