import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { modules } from './modules/index.js';

// Issue item 28: the modules declare their dependencies (fastify-plugin), so the app boots and
// serves every module whatever order the list is given in.
describe('modules registered in reverse order', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ modules: [...modules].reverse() });
  });
  afterAll(() => t?.close());

  it('boots and serves each module', async () => {
    const admin = await t.login('admin@demo.local');
    for (const url of [
      '/api/teams',
      '/api/presence/me',
      '/api/queues',
      '/api/channels',
      '/api/attendances',
      '/api/persons',
      '/api/processes',
      '/api/panels/wallboard',
      '/api/chats',
    ]) {
      const res = await admin.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
    }
  });
});
