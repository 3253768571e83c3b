import { randomUUID } from 'node:crypto';
import type { AlertView } from '@atende/shared';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextEvent, socketFor } from '../../../test/sockets.js';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../../../test/test-app.js';

// SPEC ALR-01, ALR-04, ALR-06: alerts reach the receiving team and supervisors live, and the app
// user follows their alert's state on the app's own namespace, opened with the app's cookie only.
describe('alert pushes', () => {
  let t: TestApp;
  let url: string;
  const sockets: Socket[] = [];
  const track = (s: Socket) => (sockets.push(s), s);
  const appSocket = (cookie?: string) =>
    track(connect(`${url}/alert-app`, { transports: ['websocket'], extraHeaders: cookie ? { cookie } : {}, reconnection: false, forceNew: true }));

  beforeAll(async () => {
    t = await createTestApp();
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t.close();
  });

  it('refuses the app namespace without an app session, even with a staff cookie', async () => {
    const staff = await t.login('supervisor@demo.local');
    for (const cookie of [undefined, staff.cookie, 'atende_app_sid=forged']) {
      const s = appSocket(cookie);
      expect((await nextEvent<Error>(s, 'connect_error')).message).toBe('ALERT_APP_UNAUTHENTICATED');
    }
  });

  it('pushes a fired alert to the team and supervisors, and its changes to the app user', async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/alert-app/login', payload: { login: '529.982.247-25', password: DEMO_PASSWORD } });
    const cookie = `atende_app_sid=${login.cookies.find((c) => c.name === 'atende_app_sid')!.value}`;
    const app = appSocket(cookie);
    await nextEvent(app, 'connect');
    const agent = await t.login('agente@demo.local');
    const supervisor = await t.login('supervisor@demo.local');
    const [agentSocket, supSocket] = [track(socketFor(url, agent.cookie)), track(socketFor(url, supervisor.cookie))];
    await Promise.all([nextEvent(agentSocket, 'connect'), nextEvent(supSocket, 'connect')]);

    const toAgent = nextEvent<AlertView>(agentSocket, 'alert.fired');
    const toSupervisor = nextEvent<AlertView>(supSocket, 'alert.fired');
    const toApp = nextEvent<AlertView>(app, 'alert');
    const fired = await t.app.inject({
      method: 'POST',
      url: '/api/alert-app/alerts',
      headers: { cookie, 'x-csrf-token': login.json().csrfToken },
      payload: { clientId: randomUUID(), level: 'red', firedAt: new Date().toISOString(), location: null },
    });
    expect(fired.statusCode).toBe(201);
    expect((await toAgent).id).toBe(fired.json().id);
    expect((await toSupervisor).appUser.name).toBe('Maria Usuária');
    expect((await toApp).state).toBe('new');

    const changed = nextEvent<AlertView>(app, 'alert');
    await agent.inject({ method: 'POST', url: `/api/alerts/${fired.json().id}/assume` });
    expect(await changed).toMatchObject({ state: 'in_progress', assignee: { id: agent.me.id } });

    // Deactivation disconnects the app user's sockets at once.
    const dropped = nextEvent<string>(app, 'disconnect');
    await supervisor.inject({ method: 'POST', url: `/api/alerts/users/${fired.json().appUser.id}/deactivate` });
    expect(await dropped).toBe('io server disconnect');
    await supervisor.inject({ method: 'POST', url: `/api/alerts/users/${fired.json().appUser.id}/reactivate` });
  });
});
