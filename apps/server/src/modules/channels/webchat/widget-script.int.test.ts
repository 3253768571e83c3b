import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';

// SPEC CH-01: every page view of every customer site asks for /widget.js; an unchanged script
// answers 304 to a revalidation instead of being read and sent again.
describe('/widget.js', () => {
  let dist: string;
  let t: TestApp;
  beforeAll(async () => {
    dist = await mkdtemp(path.join(tmpdir(), 'atende-widget-js-'));
    await writeFile(path.join(dist, 'widget.js'), 'console.log("atende widget")');
    t = await createTestApp({ seed: false, start: false, config: { widgetDist: dist } });
  });
  afterAll(async () => {
    await t.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('is cacheable for five minutes, with an ETag that answers 304 while unchanged', async () => {
    const first = await t.app.inject({ url: '/widget.js', headers: { origin: 'https://loja.example' } });
    expect(first.statusCode).toBe(200);
    expect(first.body).toBe('console.log("atende widget")');
    expect(first.headers['content-type']).toMatch(/javascript/);
    expect(first.headers['cache-control']).toBe('public, max-age=300');
    expect(first.headers['access-control-allow-origin']).toBe('*');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^(W\/)?".+"$/);

    const again = await t.app.inject({ url: '/widget.js', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');

    await writeFile(path.join(dist, 'widget.js'), 'console.log("atende widget, version 2")');
    const changed = await t.app.inject({ url: '/widget.js', headers: { 'if-none-match': etag } });
    expect(changed.statusCode).toBe(200);
    expect(changed.body).toContain('version 2');
  });
});
