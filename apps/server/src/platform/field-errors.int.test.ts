import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.js';

// Issue item "pt-BR users get English validation messages": every field error carries a rule code
// and a message from the catalogue in the request's language, zod's own English never shows.
const ZOD_ENGLISH = /invalid input|expected|received|too small|too big|invalid cpf|invalid cnpj|must/i;

type Field = { path: string; rule: string; params?: object; message: string };
const fieldsOf = (res: { json(): unknown }) => (res.json() as { error: { fields: Field[] } }).error.fields;

describe('field errors in the reader’s language', () => {
  let t: TestApp;
  let ptUser: Session;
  let enUser: Session;
  beforeAll(async () => {
    t = await createTestApp();
    ptUser = await t.login('agente@demo.local');
    const en = await t.login('agente2@demo.local');
    await en.inject({ method: 'PATCH', url: '/api/auth/me', payload: { locale: 'en' } });
    enUser = await t.login('agente2@demo.local');
  });
  afterAll(() => t.close());

  const person = (s: Session, payload: object, lang: string) =>
    s.inject({ method: 'POST', url: '/api/persons', headers: { 'accept-language': lang }, payload: { type: 'PF', name: 'Fulano', ...payload } });

  it('words a zod type error by rule: Portuguese for a pt-BR user, English for an English one', async () => {
    const pt = await ptUser.inject({ url: '/api/persons?limit=1.5', headers: { 'accept-language': 'pt-BR' } });
    expect(pt.statusCode).toBe(400);
    expect(fieldsOf(pt)).toEqual([
      { path: 'querystring.limit', rule: 'invalid_type', params: { expected: 'integer' }, message: 'Informe um número inteiro.' },
    ]);
    const en = await enUser.inject({ url: '/api/persons?limit=1.5', headers: { 'accept-language': 'en' } });
    expect(fieldsOf(en)).toEqual([
      { path: 'querystring.limit', rule: 'invalid_type', params: { expected: 'integer' }, message: 'Enter a whole number.' },
    ]);
  });

  it('words CPF and CNPJ check-digit errors by rule', async () => {
    expect(fieldsOf(await person(ptUser, { document: '529.982.247-24' }, 'pt-BR'))).toEqual([
      { path: 'body.document', rule: 'invalid_cpf', message: 'CPF inválido. Confira os dígitos.' },
    ]);
    expect(fieldsOf(await person(enUser, { document: '529.982.247-24' }, 'en'))).toEqual([
      { path: 'body.document', rule: 'invalid_cpf', message: 'Invalid CPF. Check the digits.' },
    ]);
    expect(fieldsOf(await person(ptUser, { type: 'PJ', document: '11.222.333/0001-82' }, 'pt-BR'))).toEqual([
      { path: 'body.document', rule: 'invalid_cnpj', message: 'CNPJ inválido. Confira os caracteres.' },
    ]);
    expect(fieldsOf(await person(enUser, { type: 'PJ', document: '11.222.333/0001-82' }, 'en'))).toEqual([
      { path: 'body.document', rule: 'invalid_cnpj', message: 'Invalid CNPJ. Check the characters.' },
    ]);
  });

  it('words length limits, missing fields and the shared schemas’ own rules with their params', async () => {
    const body = { name: 'x'.repeat(201), phones: ['123'], addresses: [{ cep: '0131-100', cidade: '', uf: 'SP' }] };
    const pt = fieldsOf(await person(ptUser, body, 'pt-BR'));
    expect(pt).toEqual(
      expect.arrayContaining([
        { path: 'body.name', rule: 'too_long', params: { max: 200 }, message: 'Use no máximo 200 caracteres.' },
        { path: 'body.addresses.0.cep', rule: 'invalid_cep', message: 'O CEP deve ter 8 dígitos.' },
        { path: 'body.addresses.0.cidade', rule: 'required', message: 'Campo obrigatório.' },
      ]),
    );
    const en = fieldsOf(await person(enUser, body, 'en'));
    expect(en).toEqual(
      expect.arrayContaining([
        { path: 'body.name', rule: 'too_long', params: { max: 200 }, message: 'Use at most 200 characters.' },
        { path: 'body.addresses.0.cep', rule: 'invalid_cep', message: 'The CEP must have 8 digits.' },
      ]),
    );
    for (const f of pt) expect(f.message).not.toMatch(ZOD_ENGLISH);
  });

  it('follows Accept-Language where nobody is signed in', async () => {
    const login = (lang: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'accept-language': lang }, payload: { email: 'nao-e-email', password: 12 } });
    const pt = fieldsOf(await login('pt-BR'));
    expect(pt).toEqual([
      { path: 'body.email', rule: 'invalid_email', message: 'Informe um e-mail válido.' },
      { path: 'body.password', rule: 'invalid_type', params: { expected: 'text' }, message: 'Informe um texto.' },
    ]);
    for (const f of pt) expect(f.message).not.toMatch(ZOD_ENGLISH);
    expect(fieldsOf(await login('en')).map((f) => f.message)).toEqual(['Enter a valid e-mail.', 'Enter a text.']);
    const missing = fieldsOf(await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'accept-language': 'pt-BR' }, payload: {} }));
    expect(missing.map((f) => [f.path, f.rule])).toEqual([
      ['body.email', 'required'],
      ['body.password', 'required'],
    ]);
  });

  it('words the errors code raises itself (not zod) by rule', async () => {
    const extension = (s: Session) =>
      s.inject({
        method: 'POST',
        url: '/api/users',
        payload: { name: 'Ramal Repetido', email: `r${Math.random()}@demo.local`, role: 'agent', password: 'Ramal#2001-repetido', extension: '2001' },
      });
    const admin = await t.login('admin@demo.local');
    expect(fieldsOf(await extension(admin))).toEqual([{ path: 'body.extension', rule: 'unique', message: 'Este valor já está em uso.' }]);
  });
});
