import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { testDbKind } from '../../../test/databases.js';

describe('system endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ start: false });
  });
  afterAll(() => t.close());

  it('is healthy at once but ready only after migrations', async () => {
    const health = await t.app.inject({ url: '/api/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok', database: testDbKind });

    const before = await t.app.inject({ url: '/api/ready' });
    expect(before.statusCode).toBe(503);
    expect(before.json().error.code).toBe('NOT_READY');
    // The rest of the API waits too: a webhook or a login now would read a database still being migrated and seeded.
    for (const [method, url] of [
      ['POST', '/api/webhooks/whatsapp'],
      ['POST', '/api/auth/login'],
      ['GET', '/api/channels'],
    ] as const) {
      const res = await t.app.inject({ method, url, headers: { 'accept-language': 'en' } });
      expect([url, res.statusCode, res.json().error]).toEqual([
        url,
        503,
        { code: 'NOT_READY', message: 'The service is starting. Try again shortly.' },
      ]);
    }
    expect((await t.app.inject({ url: '/api/openapi.json' })).statusCode).toBe(200);

    await t.app.platform.start();
    const after = await t.app.inject({ url: '/api/ready' });
    expect(after.statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'admin@demo.local', password: 'demo1234' } })).statusCode,
    ).toBe(200);
  });

  it('answers unknown routes with a coded JSON 404', async () => {
    const res = await t.app.inject({ url: '/api/does-not-exist', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'ROUTE_NOT_FOUND', message: 'Address not found.' } });
  });

  it('rejects an invalid body with 400 naming each failing field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'not-an-email' } });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['body.email', 'body.password']);
  });

  it('rejects malformed JSON as a validation error, not a crash', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email":' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('answers an oversized body 413 PAYLOAD_TOO_LARGE, not a validation error', async () => {
    const payload = JSON.stringify({ email: 'a@b.co', password: 'x'.repeat(1024 * 1024) });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      payload,
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ error: { code: 'PAYLOAD_TOO_LARGE', message: 'The content sent is too large.' } });
  });

  it('answers a content type no route parses 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/xml' }, payload: '<login/>' });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(res.json().error.message).toBe('Formato de conteúdo não aceito por este endereço.');
  });

  it('serves an OpenAPI 3 document built from the route schemas, and its browsable UI', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/api/auth/login'].post.requestBody.content['application/json'].schema.properties).toHaveProperty('email');
    expect(doc.paths['/api/users/{id}'].patch).toBeDefined();
    const ui = await t.app.inject({ url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toContain('text/html');
  });

  it('exposes Prometheus metrics including request durations', async () => {
    await t.app.inject({ url: '/api/health' });
    const res = await t.app.inject({ url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('atende_http_request_duration_seconds_bucket{le="0.005",method="GET",route="/api/health",status="200"}');
    expect(res.body).toContain('process_cpu_user_seconds_total');
  });
});
