import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../../../test/uploads.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

// A 1x1 transparent PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

// SPEC WS-01 "Meu Perfil" / "Editar Perfil", WS-08 "Contatos".
describe('profile and directory', () => {
  let t: TestApp;
  let agent: Session;
  beforeAll(async () => {
    t = await createTestApp();
    agent = await t.login('agente@demo.local');
  });
  afterAll(() => t.close());

  it('changes the name', async () => {
    const res = await agent.inject({ method: 'PATCH', url: '/api/auth/me', payload: { name: '  Alice Souza ' } });
    expect(res.json().name).toBe('Alice Souza');
    expect((await agent.inject({ url: '/api/auth/me' })).json().name).toBe('Alice Souza');
    expect((await agent.inject({ method: 'PATCH', url: '/api/auth/me', payload: { name: '' } })).statusCode).toBe(400);
  });

  it('uploads a photo, serves it to the organization only, and removes it', async () => {
    const up = await agent.inject({ method: 'PUT', url: '/api/auth/me/avatar', ...multipart('me.png', 'image/png', PNG) });
    expect(up.statusCode).toBe(200);
    const url = up.json().avatarUrl as string;
    expect(url).toMatch(new RegExp(`^/api/users/${agent.me.id}/avatar\\?v=\\d+$`));
    const sup = await t.login('supervisor@demo.local');
    const img = await sup.inject({ url });
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/png');
    expect(img.rawPayload.equals(PNG)).toBe(true);
    const outra = await t.login('admin@outra.local');
    expect((await outra.inject({ url })).statusCode).toBe(404);
    expect((await agent.inject({ method: 'DELETE', url: '/api/auth/me/avatar' })).json().avatarUrl).toBeNull();
    expect((await sup.inject({ url })).statusCode).toBe(404);
  });

  it('refuses files that are not images by their bytes, and images over 1 MB', async () => {
    const fake = await agent.inject({
      method: 'PUT',
      url: '/api/auth/me/avatar',
      ...multipart('me.png', 'image/png', Buffer.from('not really a png')),
    });
    expect(fake.statusCode).toBe(400);
    expect(fake.json().error.code).toBe('AVATAR_INVALID');
    const huge = Buffer.concat([PNG, Buffer.alloc(1024 * 1024 + 10)]);
    const big = await agent.inject({ method: 'PUT', url: '/api/auth/me/avatar', ...multipart('big.png', 'image/png', huge) });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('AVATAR_TOO_LARGE');
    expect((await agent.inject({ method: 'PUT', url: '/api/auth/me/avatar' })).statusCode).toBe(400);
  });

  it('lists staff with extensions for the dialer, searchable', async () => {
    const res = await agent.inject({ url: '/api/directory?search=bruno' });
    expect(res.json().items).toEqual([expect.objectContaining({ kind: 'user', name: 'Bruno Agente', extension: '2002' })]);
  });
});
