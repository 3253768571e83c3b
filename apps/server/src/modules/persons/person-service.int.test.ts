import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboundFetch, type OutboundFetch } from '../../platform/http/outbound-fetch.js';
import { rowsOf } from '../../../test/rows.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

// SPEC PER-07: the external person service, exercised through a local fake speaking plain JSON.
describe('persons: external person service', () => {
  let t: TestApp;
  let admin: Session;
  let agent: Session;
  let outra: Session;
  let fake: Server;
  let base: string;
  const seen: IncomingMessage[] = [];
  const hang: (() => void)[] = [];

  beforeAll(async () => {
    fake = createServer((req, res) => {
      seen.push(req);
      const url = new URL(req.url!, 'http://x');
      if (url.pathname === '/slow') {
        hang.push(() => res.end('{}'));
        return;
      }
      if (url.pathname === '/broken') return void res.writeHead(500).end('oops');
      if (url.pathname === '/html') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html>');
      if (url.pathname === '/clientes/00000000000') return void res.writeHead(404).end('{}');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          cliente: { nome: 'Joana Serviço', cpf: url.pathname.split('/').pop(), contatos: [{ email: 'joana@example.com', celular: '11987654321' }] },
          endereco: { cep: '01310-100', cidade: 'São Paulo', uf: 'SP' },
          plano: 'Premium',
        }),
      );
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
    t = await createTestApp({ config: { allowPrivateTargets: true } });
    admin = await t.login('admin@demo.local');
    agent = await t.login('agente@demo.local');
    outra = await t.login('admin@outra.local');
  });
  afterAll(async () => {
    hang.forEach((end) => end());
    await t.close();
    fake.closeAllConnections();
    await new Promise((resolve) => fake.close(resolve));
  });

  const save = (payload: object) => admin.inject({ method: 'PUT', url: '/api/person-service', payload });
  const mapping = [
    { path: 'cliente.nome', field: 'name' },
    { path: 'cliente.contatos.0.email', field: 'email' },
    { path: 'cliente.contatos.0.celular', field: 'phone' },
    { path: 'endereco.cep', field: 'cep' },
    { path: 'endereco.cidade', field: 'cidade' },
    { path: 'plano', field: 'custom.plano' },
    { path: 'nao.existe', field: 'bairro' },
  ];

  it('saves the settings with the header value sealed and write-only', async () => {
    expect((await agent.inject({ url: '/api/person-service' })).statusCode).toBe(403);
    const res = await save({
      urlTemplate: `${base}/clientes/{cpf}{cnpj}?tel={telefone}`,
      headerName: 'X-Api-Key',
      headerValue: 'segredo-123',
      timeoutMs: 2000,
      mapping,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ configured: true, headerName: 'X-Api-Key', hasHeaderValue: true, timeoutMs: 2000 });
    expect(res.body).not.toContain('segredo-123');
    const stored = await t.app.platform.tenant.inSystem(async (s) =>
      rowsOf(await s.tx.execute(sql`select header_value_sealed from person_service_settings`)),
    );
    expect(String(stored[0]!.header_value_sealed)).not.toContain('segredo');
    // Saving again without the value keeps it.
    expect(
      (await save({ urlTemplate: `${base}/clientes/{cpf}{cnpj}?tel={telefone}`, headerName: 'X-Api-Key', timeoutMs: 2000, mapping })).json()
        .hasHeaderValue,
    ).toBe(true);
    expect((await outra.inject({ url: '/api/person-service' })).json().configured).toBe(false);
  });

  it('fills person fields from the mapping, by document or phone, sending the auth header', async () => {
    const res = await agent.inject({ url: `/api/persons/lookup-external?document=${encodeURIComponent('529.982.247-25')}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().values).toEqual({
      name: 'Joana Serviço',
      email: 'joana@example.com',
      phone: '11987654321',
      cep: '01310-100',
      cidade: 'São Paulo',
      'custom.plano': 'Premium',
    });
    const call = seen.at(-1)!;
    expect(call.url).toBe('/clientes/52998224725?tel=');
    expect(call.headers['x-api-key']).toBe('segredo-123');
    expect((await agent.inject({ url: '/api/persons/lookup-external?phone=(11)%2098765-4321' })).statusCode).toBe(200);
    expect(seen.at(-1)!.url).toBe('/clientes/?tel=11987654321');
    expect((await agent.inject({ url: '/api/persons/lookup-external' })).statusCode).toBe(400);
    expect((await admin.inject({ method: 'POST', url: '/api/person-service/test', payload: { document: '52998224725' } })).json().values.name).toBe(
      'Joana Serviço',
    );
    expect((await outra.inject({ url: '/api/persons/lookup-external?document=52998224725' })).json().error.code).toBe(
      'PERSON_SERVICE_NOT_CONFIGURED',
    );
  });

  it('answers every failure with a code: not found, 5xx, bad JSON, timeout', async () => {
    const code = async (template: string, timeoutMs = 2000) => {
      await save({ urlTemplate: template, headerName: null, timeoutMs, mapping });
      const res = await agent.inject({ url: '/api/persons/lookup-external?document=52998224725' });
      return [res.statusCode, res.json().error?.code];
    };
    expect(await code(`${base}/clientes/00000000000`)).toEqual([404, 'PERSON_SERVICE_NOT_FOUND']);
    expect(await code(`${base}/broken`)).toEqual([502, 'PERSON_SERVICE_UNAVAILABLE']);
    expect(await code(`${base}/html`)).toEqual([502, 'PERSON_SERVICE_BAD_RESPONSE']);
    expect(await code(`${base}/slow`, 500)).toEqual([504, 'PERSON_SERVICE_TIMEOUT']);
  });

  it('refuses private and loopback targets when ALLOW_PRIVATE_TARGETS is off', async () => {
    const platform = t.app.platform as { outboundFetch: OutboundFetch };
    const allowed = platform.outboundFetch;
    platform.outboundFetch = createOutboundFetch({ allowPrivateTargets: false });
    try {
      await save({ urlTemplate: `${base}/clientes/{cpf}`, headerName: null, timeoutMs: 2000, mapping });
      const before = seen.length;
      const res = await agent.inject({ url: '/api/persons/lookup-external?document=52998224725' });
      expect([res.statusCode, res.json().error.code]).toEqual([400, 'TARGET_NOT_ALLOWED']);
      expect(seen.length).toBe(before);
    } finally {
      platform.outboundFetch = allowed;
    }
  });
});
