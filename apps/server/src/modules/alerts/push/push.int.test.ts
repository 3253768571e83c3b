import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pushSubscriptions, pushVapidKeys } from '../../../db/schema/push.js';
import { createTestApp, DEMO_PASSWORD, type Session, type TestApp } from '../../../../test/test-app.js';
import { startWebPushTesting, type PushClient } from '../../../../test/fakes/web-push-testing.js';
import { PUSH_JOB } from './push-send.job.js';

// SPEC ALR-04 (web push): app users get a push on each state change of their own alerts, staff of
// the receiving team on new alerts; web-push-testing plays the browser vendor's push service.

type AppSession = { inject(o: { method?: string; url: string; payload?: unknown }): Promise<LightMyRequestResponse> };

describe('web push', () => {
  let t: TestApp;
  let pushService: Awaited<ReturnType<typeof startWebPushTesting>>;
  let supervisor: Session;
  let agent: Session;
  let publicKey: string;

  const appSession = (res: LightMyRequestResponse): AppSession => {
    expect(res.statusCode, res.body).toBe(200);
    const cookie = `atende_app_sid=${res.cookies.find((c) => c.name === 'atende_app_sid')!.value}`;
    const csrf = res.json().csrfToken as string;
    return {
      inject: (o) =>
        t.app.inject({ method: (o.method ?? 'GET') as 'GET', url: o.url, payload: o.payload as object, headers: { cookie, 'x-csrf-token': csrf } }),
    };
  };
  const appLogin = async (login: string, password = DEMO_PASSWORD) =>
    appSession(await t.app.inject({ method: 'POST', url: '/api/alert-app/login', payload: { login, password } }));
  const fire = async (s: AppSession) => {
    const res = await s.inject({
      method: 'POST',
      url: '/api/alert-app/alerts',
      payload: { clientId: randomUUID(), level: 'red', firedAt: new Date().toISOString() },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string };
  };
  const subscribeApp = async (s: AppSession) => {
    const client = await pushService.subscribe(publicKey);
    const res = await s.inject({
      method: 'POST',
      url: '/api/alert-app/push/subscriptions',
      payload: { endpoint: client.endpoint, keys: client.keys },
    });
    expect(res.statusCode, res.body).toBe(200);
    return client;
  };
  const received = async (client: PushClient) =>
    (await pushService.messages(client)).map((m) => JSON.parse(m) as { title: string; body: string; url: string });
  /** Every outbox event has run its listeners and every push job has finished. */
  const pushesDone = async () => {
    await t.settle();
    await vi.waitFor(
      async () => {
        const result = (await t.database.db.execute(
          sql`select count(*)::int as n from pgboss.job where name = ${PUSH_JOB} and state in ('created', 'retry', 'active')`,
        )) as { rows: { n: number }[] };
        const row = result.rows[0];
        expect(row!.n).toBe(0);
      },
      { timeout: 15_000, interval: 50 },
    );
  };
  const subscriptionCount = async (endpoint: string) =>
    (await t.database.db.select().from(pushSubscriptions)).filter((r) => r.endpoint === endpoint).length;

  beforeAll(async () => {
    pushService = await startWebPushTesting();
    t = await createTestApp({ config: { allowPrivateTargets: true } });
    supervisor = await t.login('supervisor@demo.local');
    agent = await t.login('agente@demo.local');
    publicKey = (await t.app.inject({ url: '/api/alert-app/push/key' })).json().publicKey;
  });
  afterAll(async () => {
    await t.close();
    await pushService.close();
  });

  it('made the VAPID keys at first start, the private key sealed', async () => {
    const [keys] = await t.database.db.select().from(pushVapidKeys);
    expect(keys!.publicKey).toBe(publicKey);
    expect(keys!.privateKeySealed).toMatch(/^v1\./);
    expect(t.app.platform.secrets.open(keys!.privateKeySealed)).toBeTruthy();
  });

  it('a state change reaches the app user once, and never another app user', async () => {
    const maria = await appLogin('52998224725');
    const mariaPhone = await subscribeApp(maria);
    // Subscribing twice with the same endpoint is one subscription.
    await maria.inject({
      method: 'POST',
      url: '/api/alert-app/push/subscriptions',
      payload: { endpoint: mariaPhone.endpoint, keys: mariaPhone.keys },
    });
    expect(await subscriptionCount(mariaPhone.endpoint)).toBe(1);

    const u = (await supervisor.inject({ method: 'POST', url: '/api/alerts/users', payload: { name: 'Bruno Push', cpf: '935.411.347-80' } })).json();
    const link = (await supervisor.inject({ method: 'POST', url: `/api/alerts/users/${u.id}/invite` })).json().link as string;
    const token = new URL(link.replace('#/', '')).searchParams.get('token')!;
    const bruno = appSession(
      await t.app.inject({ method: 'POST', url: '/api/alert-app/first-access', payload: { token, password: 'senha-do-bruno-2026' } }),
    );
    const brunoPhone = await subscribeApp(bruno);

    const alert = await fire(maria);
    await pushesDone();
    const took = await agent.inject({ method: 'POST', url: `/api/alerts/${alert.id}/assume` });
    expect(took.statusCode, took.body).toBe(200);
    await pushesDone();

    const mine = await received(mariaPhone);
    expect(mine).toContainEqual({ title: 'Alerta Vermelho — Em atendimento', body: expect.stringContaining('em atendimento'), url: '/alertas/' });
    expect(mine.filter((m) => m.title === 'Alerta Vermelho — Em atendimento')).toHaveLength(1);
    expect(await received(brunoPhone)).toEqual([]);
  });

  it('410 from the push service removes the subscription', async () => {
    const maria = await appLogin('52998224725');
    const phone = await subscribeApp(maria);
    await pushService.expire(phone);
    const alert = await fire(maria);
    await agent.inject({ method: 'POST', url: `/api/alerts/${alert.id}/assume` });
    await pushesDone();
    expect(await subscriptionCount(phone.endpoint)).toBe(0);
  });

  it('unsubscribing stops pushes; an http endpoint off this machine is refused', async () => {
    const maria = await appLogin('52998224725');
    const phone = await subscribeApp(maria);
    const del = await maria.inject({ method: 'DELETE', url: '/api/alert-app/push/subscriptions', payload: { endpoint: phone.endpoint } });
    expect(del.statusCode, del.body).toBe(200);
    expect(await subscriptionCount(phone.endpoint)).toBe(0);
    const bad = await maria.inject({
      method: 'POST',
      url: '/api/alert-app/push/subscriptions',
      payload: { endpoint: 'http://push.example.com/x', keys: phone.keys },
    });
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, 'TARGET_NOT_ALLOWED']);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/alert-app/push/subscriptions',
      payload: { endpoint: phone.endpoint, keys: phone.keys },
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('a new alert reaches the receiving team’s members who subscribed in the console', async () => {
    const console = await pushService.subscribe(publicKey);
    const res = await agent.inject({ method: 'POST', url: '/api/push/subscriptions', payload: { endpoint: console.endpoint, keys: console.keys } });
    expect(res.statusCode, res.body).toBe(200);
    const maria = await appLogin('52998224725');
    const alert = await fire(maria);
    await pushesDone();
    // A click opens the panel on that alert.
    expect(await received(console)).toContainEqual({
      title: 'Novo alerta Vermelho — Maria Usuária',
      body: expect.any(String),
      url: `/alerts?alerta=${alert.id}`,
    });
  });

  // PLT-01: each browser gets the pushes in the language of the page that subscribed (pt-BR by default).
  it('writes each push in the language its browser subscribed with', async () => {
    const english = await pushService.subscribe(publicKey);
    const portuguese = await pushService.subscribe(publicKey);
    const sub = (s: Session, c: PushClient, locale?: string) =>
      s.inject({ method: 'POST', url: '/api/push/subscriptions', payload: { endpoint: c.endpoint, keys: c.keys, ...(locale ? { locale } : {}) } });
    expect((await sub(supervisor, english, 'fr')).statusCode).toBe(400);
    expect((await sub(supervisor, english, 'en')).statusCode).toBe(200);
    expect((await sub(agent, portuguese)).statusCode).toBe(200);

    const u = (await supervisor.inject({ method: 'POST', url: '/api/alerts/users', payload: { name: 'Ana English', cpf: '390.533.447-05' } })).json();
    const link = (await supervisor.inject({ method: 'POST', url: `/api/alerts/users/${u.id}/invite` })).json().link as string;
    const token = new URL(link.replace('#/', '')).searchParams.get('token')!;
    const ana = appSession(
      await t.app.inject({ method: 'POST', url: '/api/alert-app/first-access', payload: { token, password: 'senha-da-ana-2026' } }),
    );
    const anaPhone = await pushService.subscribe(publicKey);
    const subscribed = await ana.inject({
      method: 'POST',
      url: '/api/alert-app/push/subscriptions',
      payload: { endpoint: anaPhone.endpoint, keys: anaPhone.keys, locale: 'en' },
    });
    expect(subscribed.statusCode, subscribed.body).toBe(200);

    const alert = await fire(ana);
    await pushesDone();
    expect(await received(english)).toContainEqual({
      title: 'New Red alert — Ana English',
      body: expect.any(String),
      url: `/alerts?alerta=${alert.id}`,
    });
    expect(await received(portuguese)).toContainEqual({
      title: 'Novo alerta Vermelho — Ana English',
      body: expect.any(String),
      url: `/alerts?alerta=${alert.id}`,
    });
    const took = await agent.inject({ method: 'POST', url: `/api/alerts/${alert.id}/assume` });
    expect(took.statusCode, took.body).toBe(200);
    await pushesDone();
    expect(await received(anaPhone)).toContainEqual({
      title: 'Red alert — Being handled',
      body: 'Your alert is being handled by Alice Agente.',
      url: '/alertas/',
    });
  });
});
