import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

// SPEC ALR-01: the alert app is served under /alertas/, its client-side routes fall back to its
// own page, its service worker and page are revalidated on every load, and the console's
// fallback stays the console's.
describe('alert app pages', () => {
  let dir: string;
  let t: TestApp;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'atende-alertapp-'));
    const web = path.join(dir, 'web');
    const alerts = path.join(dir, 'alert-app');
    await mkdir(web);
    await mkdir(path.join(alerts, 'assets'), { recursive: true });
    await writeFile(path.join(web, 'index.html'), '<!doctype html><title>Console</title>');
    await writeFile(path.join(alerts, 'index.html'), '<!doctype html><title>Alertas</title>');
    await writeFile(path.join(alerts, 'sw.js'), 'self.addEventListener("push", () => {})');
    await writeFile(path.join(alerts, 'manifest.webmanifest'), '{"name":"Atende — Canal de Alertas"}');
    await writeFile(path.join(alerts, 'assets', 'index-abc.js'), 'console.log(1)');
    t = await createTestApp({ seed: false, start: false, config: { webDist: web, alertAppDist: alerts } });
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  const html = { accept: 'text/html' };

  it('answers the app and its client-side routes with its page, never cached', async () => {
    for (const url of ['/alertas/', '/alertas/primeiro-acesso?token=x', '/alertas/index.html']) {
      const res = await t.app.inject({ url, headers: html });
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toContain('<title>Alertas</title>');
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
    const bare = await t.app.inject({ url: '/alertas', headers: html });
    expect(bare.statusCode).toBe(301);
    expect(bare.headers.location).toBe('/alertas/');
    const console = await t.app.inject({ url: '/atendimentos', headers: html });
    expect(console.body).toContain('<title>Console</title>');
  });

  it('serves the service worker for the /alertas/ scope and revalidates it', async () => {
    const res = await t.app.inject({ url: '/alertas/sw.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['service-worker-allowed']).toBe('/alertas/');
    const manifest = await t.app.inject({ url: '/alertas/manifest.webmanifest' });
    expect(manifest.statusCode).toBe(200);
    expect(manifest.headers['cache-control']).toBe('no-cache');
  });

  it('caches hashed assets for good and answers a missing file with the JSON 404', async () => {
    const asset = await t.app.inject({ url: '/alertas/assets/index-abc.js' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await t.app.inject({ url: '/alertas/assets/gone.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('ROUTE_NOT_FOUND');
  });

  it("lets the page register its worker and read its manifest under the console's policy", async () => {
    const res = await t.app.inject({ url: '/alertas/', headers: html });
    const policy = String(res.headers['content-security-policy']);
    expect(policy).toContain("worker-src 'self'");
    expect(policy).toContain("manifest-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(res.headers['x-frame-options']).toBe('DENY');
  });
});
