import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

// Issue item "no security headers": the console cannot be framed and runs no inline script;
// the widget's script and API stay usable from customers' sites.
describe('security headers', () => {
  let dist: string;
  let t: TestApp;
  let https: TestApp;

  beforeAll(async () => {
    dist = await mkdtemp(path.join(tmpdir(), 'atende-headers-'));
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Atende</title>');
    await mkdir(path.join(dist, 'widget'));
    await writeFile(path.join(dist, 'widget', 'widget.js'), 'console.log("widget")');
    t = await createTestApp({ config: { webDist: dist, widgetDist: path.join(dist, 'widget') } });
    https = await createTestApp({
      seed: false,
      start: false,
      config: { publicUrl: 'https://atende.example.com.br', sipWsUrl: 'wss://pbx.example.com.br:8089/ws' },
    });
  });
  afterAll(async () => {
    await Promise.all([t.close(), https.close()]);
    await rm(dist, { recursive: true, force: true });
  });

  const csp = (h: Record<string, unknown>) =>
    Object.fromEntries(
      String(h['content-security-policy'])
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values.join(' ')]),
    );

  it('keeps the console and its pages out of any frame, without inline script', async () => {
    for (const url of ['/login', '/avaliacao/abc', '/api/auth/me']) {
      const res = await t.app.inject({ url, headers: { accept: 'text/html' } });
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
      expect(res.headers['cross-origin-resource-policy'], url).toBe('same-origin');
      const policy = csp(res.headers);
      expect(policy['frame-ancestors'], url).toBe("'none'");
      expect(policy['script-src'], url).toBe("'self'");
      expect(policy['default-src'], url).toBe("'self'");
      expect(policy['object-src'], url).toBe("'none'");
      // Served over http: no HSTS, and no upgrade of the page's own http requests.
      expect(res.headers['strict-transport-security'], url).toBeUndefined();
      expect(policy, url).not.toHaveProperty('upgrade-insecure-requests');
    }
  });

  it('sends HSTS only when PUBLIC_URL is https', async () => {
    const res = await https.app.inject({ url: '/api/health' });
    expect(res.headers['strict-transport-security']).toMatch(/^max-age=\d+$/);
    expect(csp(res.headers)).toHaveProperty('upgrade-insecure-requests');
  });

  it("lets the softphone reach the PBX's WebSocket only when SIP_WS_URL names one (VOX-06)", async () => {
    const withPbx = await https.app.inject({ url: '/api/health' });
    expect(csp(withPbx.headers)['connect-src']).toBe("'self' wss://pbx.example.com.br:8089");
    const without = await t.app.inject({ url: '/api/health' });
    expect(csp(without.headers)['connect-src']).toBe("'self'");
  });

  it('lets customer sites load the widget script and call the widget API', async () => {
    const script = await t.app.inject({ url: '/widget.js', headers: { origin: 'https://loja.example' } });
    expect(script.statusCode).toBe(200);
    expect(script.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(script.headers['x-content-type-options']).toBe('nosniff');

    const channel = (
      (await (await t.login('agente@demo.local')).inject({ url: '/api/channels' })).json().items as { token: string; name: string }[]
    ).find((c) => c.name === 'WebChat')!;
    const api = await t.app.inject({
      method: 'POST',
      url: `/api/widget/${channel.token}/session`,
      headers: { origin: 'https://loja.example' },
      payload: {},
    });
    expect(api.statusCode).toBe(200);
    expect(api.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(api.headers['access-control-allow-origin']).toBe('*');
  });
});
