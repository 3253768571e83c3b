import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextEvent, socketFor } from '../../../test/sockets.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

describe('realtime gateway', () => {
  let t: TestApp;
  let url: string;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    t = await createTestApp();
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t.close();
  });

  it('refuses a connection without a session cookie', async () => {
    const s = socketFor(url);
    sockets.push(s);
    const err = await nextEvent<Error>(s, 'connect_error');
    expect(err.message).toBe('AUTH_REQUIRED');
  });

  it('pushes an organization’s events to its admins only, never to another organization', async () => {
    const demoAdmin = await t.login('admin@demo.local');
    const outraAdmin = await t.login('admin@outra.local');
    const mine = socketFor(url, demoAdmin.cookie);
    const other = socketFor(url, outraAdmin.cookie);
    sockets.push(mine, other);
    await Promise.all([nextEvent(mine, 'connect'), nextEvent(other, 'connect')]);
    const leaked: unknown[] = [];
    other.on('tenancy.changed', (e) => leaked.push(e));

    const received = nextEvent<{ type: string; teamId: string }>(mine, 'tenancy.changed');
    const created = await demoAdmin.inject({ method: 'POST', url: '/api/teams', payload: { name: 'Tempo Real' } });
    const event = await received;
    expect(event).toEqual({ type: 'team.created', teamId: created.json().id });

    // A later event of Outra's own arrives to Outra: so by then Demo's would have arrived too.
    const own = nextEvent<{ type: string }>(other, 'tenancy.changed');
    await outraAdmin.inject({ method: 'POST', url: '/api/teams', payload: { name: 'Só Outra' } });
    expect((await own).type).toBe('team.created');
    expect(leaked).toHaveLength(1);
  });

  it('disconnects the sockets of a session that logs out', async () => {
    const agent = await t.login('agente@demo.local');
    const s = socketFor(url, agent.cookie);
    sockets.push(s);
    await nextEvent(s, 'connect');
    const gone = nextEvent<string>(s, 'disconnect');
    await agent.inject({ method: 'POST', url: '/api/auth/logout' });
    expect(await gone).toBe('io server disconnect');
  });
});
