import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { createPersonFromContact, findPersonByIdentity, getPersonSummary, rememberIdentity } from './index.js';
import { rowsOf } from '../../../test/rows.js';

type Summary = { id: string; type: string; name: string; document: string | null; email: string | null; phone: string | null };

// SPEC PER-01…PER-03.
describe('persons: register, search, edit, identities', () => {
  let t: TestApp;
  let agent: Session;
  let outra: Session;
  let jose: { id: string };
  const search = async (q: string, who = agent) => {
    const res = await who.inject({ url: `/api/persons?q=${encodeURIComponent(q)}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as Summary[];
  };
  const inDemo = async <T>(fn: Parameters<TestApp['app']['platform']['tenant']['inTenant']>[2]) =>
    t.app.platform.tenant.inTenant(await t.orgId('demo'), null, fn) as Promise<T>;

  beforeAll(async () => {
    t = await createTestApp();
    agent = await t.login('agente@demo.local');
    outra = await t.login('admin@outra.local');
  });
  afterAll(() => t.close());

  it('registers a PF with a CPF, e-mails, phones and an address, normalized and formatted', async () => {
    const res = await agent.inject({
      method: 'POST',
      url: '/api/persons',
      payload: {
        type: 'PF',
        name: 'José da Conceição',
        document: '529.982.247-25',
        emails: ['Jose.Conceicao@Example.com'],
        phones: ['(11) 98765-4321', '11 3456-7890'],
        addresses: [{ cep: '01310-100', logradouro: 'Avenida Paulista', numero: '1000', bairro: 'Bela Vista', cidade: 'São Paulo', uf: 'SP' }],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    jose = res.json();
    expect(res.json()).toMatchObject({
      type: 'PF',
      name: 'José da Conceição',
      document: '529.982.247-25',
      emails: ['jose.conceicao@example.com'],
      phones: [
        { e164: '+5511987654321', formatted: '(11) 98765-4321' },
        { e164: '+551134567890', formatted: '(11) 3456-7890' },
      ],
      addresses: [
        { kind: 'residential', cep: '01310-100', logradouro: 'Avenida Paulista', numero: '1000', complemento: null, cidade: 'São Paulo', uf: 'SP' },
      ],
    });
    const read = await agent.inject({ url: `/api/persons/${jose.id}` });
    expect(read.json()).toEqual(res.json());
    const events = await t.app.platform.tenant.inSystem(async (s) =>
      rowsOf(await s.tx.execute(sql`select type, payload->>'personId' as id from domain_events where type like 'person.%'`)),
    );
    expect(events).toEqual([{ type: 'person.created', id: jose.id }]);
  });

  it('finds the person by partial unaccented name, CPF with or without punctuation, phone with or without the 9th digit, and e-mail', async () => {
    await agent.inject({ method: 'POST', url: '/api/persons', payload: { type: 'PF', name: 'Maria Josefina Souza' } });
    for (const q of [
      'jose',
      'JOSÉ DA',
      'conceicao',
      '529.982.247-25',
      '52998224725',
      '(11) 98765-4321',
      '11987654321',
      '+55 11 98765-4321',
      '1187654321',
      '(11) 8765-4321',
      '11 3456-7890',
      'jose.conceicao@example.com',
      'JOSE.CONCEICAO@',
    ]) {
      const items = await search(q);
      expect(
        items.map((i) => i.id),
        q,
      ).toContain(jose.id);
    }
    expect((await search('jose')).map((i) => i.name).sort()).toEqual(['José da Conceição', 'Maria Josefina Souza']);
    const [summary] = await search('52998224725');
    expect(summary).toEqual({
      id: jose.id,
      type: 'PF',
      name: 'José da Conceição',
      document: '529.982.247-25',
      email: 'jose.conceicao@example.com',
      phone: '(11) 98765-4321',
    });
    // A landline has no 9th-digit twin; other people and other numbers are not found.
    expect(await search('11 93456-7890')).toEqual([]);
    expect(await search('Conceição Silva')).toEqual([]);
    expect(await search('ninguem@example.com')).toEqual([]);
    expect(await search('111.444.777-35')).toEqual([]);
  });

  it('lists the newest-updated first and honours the limit (default 20, at most 50)', async () => {
    const all = await search('');
    expect(all[0]!.name).toBe('Maria Josefina Souza');
    await agent.inject({ method: 'PATCH', url: `/api/persons/${jose.id}`, payload: { name: 'José da Conceição' } });
    expect((await search(''))[0]!.id).toBe(jose.id);
    expect((await agent.inject({ url: '/api/persons?limit=1' })).json().items).toHaveLength(1);
    expect((await agent.inject({ url: '/api/persons?limit=51' })).statusCode).toBe(400);
  });

  it('refuses an invalid CPF, a CNPJ on a PF, bad phones, CEPs and UFs with per-field errors', async () => {
    const post = (payload: object) => agent.inject({ method: 'POST', url: '/api/persons', payload: { type: 'PF', name: 'Fulano', ...payload } });
    const badCpf = await post({ document: '529.982.247-24' });
    expect(badCpf.statusCode).toBe(400);
    expect(badCpf.json().error.code).toBe('VALIDATION_FAILED');
    expect(badCpf.json().error.fields[0].path).toBe('body.document');
    expect((await post({ document: '11.111.111/1111-11' })).json().error.fields[0].path).toBe('body.document');
    expect((await post({ document: '11.222.333/0001-81' })).json().error.fields[0]).toEqual({
      path: 'body.document',
      rule: 'invalid_cpf',
      message: 'CPF inválido. Confira os dígitos.',
    });
    const badPhone = await post({ phones: ['(11) 98765-4321', '123'] });
    expect(badPhone.json().error.fields).toEqual([{ path: 'body.phones.1', rule: 'invalid_phone', message: 'Telefone inválido. Inclua o DDD.' }]);
    const badCep = await post({ addresses: [{ cep: '0131-100', cidade: 'São Paulo', uf: 'SP' }] });
    expect(badCep.json().error.fields[0]).toMatchObject({ path: 'body.addresses.0.cep', rule: 'invalid_cep' });
    const badUf = await post({ addresses: [{ cidade: 'São Paulo', uf: 'XX' }] });
    expect(badUf.json().error.fields[0]).toMatchObject({ path: 'body.addresses.0.uf', rule: 'not_in_list' });
    expect((await search('Fulano')).length).toBe(0);
  });

  it('refuses a document already registered in the organization (409) but not in another one', async () => {
    const dup = await agent.inject({ method: 'POST', url: '/api/persons', payload: { type: 'PF', name: 'Outro José', document: '52998224725' } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('PERSON_DOCUMENT_TAKEN');
    const maria = (await search('Maria Josefina'))[0]!;
    const patch = await agent.inject({ method: 'PATCH', url: `/api/persons/${maria.id}`, payload: { document: '529 982 247 25' } });
    expect(patch.statusCode).toBe(409);
    const elsewhere = await outra.inject({
      method: 'POST',
      url: '/api/persons',
      payload: { type: 'PF', name: 'José de Outra', document: '529.982.247-25' },
    });
    expect(elsewhere.statusCode).toBe(201);
  });

  it('registers a PJ with an alphanumeric CNPJ and finds it by it', async () => {
    const res = await agent.inject({
      method: 'POST',
      url: '/api/persons',
      payload: { type: 'PJ', name: 'Água Viva Comércio Ltda', document: '12.abc.345/01de-35' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().document).toBe('12.ABC.345/01DE-35');
    expect((await search('12ABC34501DE35')).map((p) => p.id)).toEqual([res.json().id]);
    expect((await search('agua viva')).map((p) => p.id)).toEqual([res.json().id]);
    const asPf = await agent.inject({ method: 'POST', url: '/api/persons', payload: { type: 'PF', name: 'X', document: '12.ABC.345/01DE-35' } });
    expect(asPf.json().error.fields[0].path).toBe('body.document');
    // Changing the type must fit the document already stored.
    const toPf = await agent.inject({ method: 'PATCH', url: `/api/persons/${res.json().id}`, payload: { type: 'PF' } });
    expect(toPf.json().error.fields[0].path).toBe('body.type');
  });

  it('edits a person: lists given replace the stored ones, the others stay', async () => {
    const res = await agent.inject({ method: 'PATCH', url: `/api/persons/${jose.id}`, payload: { phones: ['+55 21 99999-8888'], addresses: [] } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      emails: ['jose.conceicao@example.com'],
      phones: [{ e164: '+5521999998888', formatted: '(21) 99999-8888' }],
      addresses: [],
    });
    expect((await search('11987654321')).map((p) => p.id)).not.toContain(jose.id);
    expect((await search('21 9999-8888')).map((p) => p.id)).toContain(jose.id);
    const missing = await agent.inject({ method: 'PATCH', url: `/api/persons/${crypto.randomUUID()}`, payload: { name: 'X' } });
    expect(missing.json().error.code).toBe('PERSON_NOT_FOUND');
  });

  it("shows another organization none of Demo's persons and 404 on their ids", async () => {
    expect(await search('', outra)).toEqual([expect.objectContaining({ name: 'José de Outra' })]);
    expect(await search('jose', outra)).toEqual([expect.objectContaining({ name: 'José de Outra' })]);
    expect((await outra.inject({ url: `/api/persons/${jose.id}` })).statusCode).toBe(404);
    const patch = await outra.inject({ method: 'PATCH', url: `/api/persons/${jose.id}`, payload: { name: 'Intruso' } });
    expect(patch.statusCode).toBe(404);
    expect((await agent.inject({ url: `/api/persons/${jose.id}` })).json().name).toBe('José da Conceição');
  });

  it('finds or registers a person from contact data, and remembers channel identities', async () => {
    const byDocument = await inDemo<Awaited<ReturnType<typeof createPersonFromContact>>>((s) =>
      createPersonFromContact(t.app.platform, s, { name: 'Zé', document: '52998224725', email: 'ze@example.com' }),
    );
    expect(byDocument).toMatchObject({ created: false, person: { id: jose.id } });
    const byEmail = await inDemo<Awaited<ReturnType<typeof createPersonFromContact>>>((s) =>
      createPersonFromContact(t.app.platform, s, { name: 'Zé', email: 'JOSE.CONCEICAO@example.com' }),
    );
    expect(byEmail.person.id).toBe(jose.id);
    const byPhone = await inDemo<Awaited<ReturnType<typeof createPersonFromContact>>>((s) =>
      createPersonFromContact(t.app.platform, s, { phone: '(21) 9999-8888' }),
    );
    expect(byPhone.person.id).toBe(jose.id);

    const visitor = await inDemo<Awaited<ReturnType<typeof createPersonFromContact>>>(async (s) => {
      const made = await createPersonFromContact(t.app.platform, s, {
        name: 'Ana Visitante',
        email: 'ana@example.com',
        phone: '11 91234-5678',
        document: '000.000.000-00',
      });
      await rememberIdentity(s, made.person.id, 'webchat', 'visitor-token-1');
      await rememberIdentity(s, made.person.id, 'email', ' Ana@Example.com ');
      return made;
    });
    expect(visitor).toMatchObject({
      created: true,
      person: { name: 'Ana Visitante', document: null, email: 'ana@example.com', phone: '(11) 91234-5678' },
    });
    const found = await inDemo<unknown[]>(async (s) => [
      await findPersonByIdentity(s, 'webchat', 'visitor-token-1'),
      await findPersonByIdentity(s, 'email', 'ana@example.com'),
      await findPersonByIdentity(s, 'webchat', 'other'),
      await getPersonSummary(s, visitor.person.id),
    ]);
    expect(found).toEqual([visitor.person, visitor.person, null, visitor.person]);
    // The identity lives in Demo only, and a foreign person cannot be linked to it.
    const outraOrg = await t.orgId('outra');
    await t.app.platform.tenant.inTenant(outraOrg, null, async (s) => {
      expect(await findPersonByIdentity(s, 'webchat', 'visitor-token-1')).toBeNull();
      expect(await getPersonSummary(s, visitor.person.id)).toBeNull();
      await expect(rememberIdentity(s, visitor.person.id, 'webchat', 'x')).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
    });
  });

  it('lets exactly one of five concurrent registrations of the same document succeed', async () => {
    const payload = { type: 'PJ', name: 'Concorrente SA', document: '11.222.333/0001-81' };
    const results = await Promise.all(Array.from({ length: 5 }, () => agent.inject({ method: 'POST', url: '/api/persons', payload })));
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([201, 409, 409, 409, 409]);
    for (const r of results.filter((x) => x.statusCode === 409)) expect(r.json().error.code).toBe('PERSON_DOCUMENT_TAKEN');
    expect(await search('11222333000181')).toHaveLength(1);
  });

  it('finds one person when contacts with the same new document arrive at once', async () => {
    const contact = { name: 'Simultânea', document: '111.444.777-35' };
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        inDemo<Awaited<ReturnType<typeof createPersonFromContact>>>((s) => createPersonFromContact(t.app.platform, s, contact)),
      ),
    );
    expect(new Set(results.map((r) => r.person.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
  });

  it('requires a session', async () => {
    expect((await t.app.inject({ url: '/api/persons' })).statusCode).toBe(401);
  });
});
