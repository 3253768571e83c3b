import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainEvents } from '../../db/schema/platform.js';
import { createTestApp, DEMO_PASSWORD, type Session, type TestApp } from '../../../test/test-app.js';
import { multipart } from '../../../test/uploads.js';

// SPEC ALR-01, ALR-04, ALR-06, ALR-07: app users, their alerts, and staff taking them.

type AppSession = { cookie: string; csrf: string; inject(o: { method?: string; url: string; payload?: unknown }): Promise<LightMyRequestResponse> };

describe('Canal de Alertas', () => {
  let t: TestApp;
  let supervisor: Session;
  let agent: Session;
  let agent2: Session;
  let outra: Session;

  const appLogin = async (login: string, password = DEMO_PASSWORD): Promise<AppSession> => {
    const res = await t.app.inject({ method: 'POST', url: '/api/alert-app/login', payload: { login, password } });
    expect(res.statusCode, res.body).toBe(200);
    return appSessionFrom(res);
  };
  const appSessionFrom = (res: LightMyRequestResponse): AppSession => {
    const cookie = `atende_app_sid=${res.cookies.find((c) => c.name === 'atende_app_sid')!.value}`;
    const csrf = res.json().csrfToken as string;
    return {
      cookie,
      csrf,
      inject: (o) =>
        t.app.inject({ method: (o.method ?? 'GET') as 'GET', url: o.url, payload: o.payload as object, headers: { cookie, 'x-csrf-token': csrf } }),
    };
  };
  const fire = (s: AppSession, body: Record<string, unknown>) =>
    s.inject({
      method: 'POST',
      url: '/api/alert-app/alerts',
      payload: { clientId: randomUUID(), level: 'red', firedAt: new Date().toISOString(), ...body },
    });
  const firedEvents = async (alertId: string) =>
    (
      await t.database.db
        .select()
        .from(domainEvents)
        .where(and(eq(domainEvents.type, 'alert.fired')))
    ).filter((e) => (e.payload as { alert: { id: string } }).alert.id === alertId);

  beforeAll(async () => {
    t = await createTestApp();
    supervisor = await t.login('supervisor@demo.local');
    agent = await t.login('agente@demo.local');
    agent2 = await t.login('agente2@demo.local');
    outra = await t.login('admin@outra.local');
  });
  afterAll(() => t.close());

  it('registers app users: CPF validated, duplicates refused, edits kept', async () => {
    const bad = await supervisor.inject({ method: 'POST', url: '/api/alerts/users', payload: { name: 'Zé', cpf: '123.456.789-00' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['body.cpf']);
    const created = await supervisor.inject({
      method: 'POST',
      url: '/api/alerts/users',
      payload: { name: 'João Usuário', cpf: '111.444.777-35', phone: '(11) 97777-6666', email: 'Joao@Exemplo.com' },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'João Usuário',
      cpf: '111.444.777-35',
      phone: '+5511977776666',
      email: 'joao@exemplo.com',
      active: true,
    });
    const dupCpf = await supervisor.inject({ method: 'POST', url: '/api/alerts/users', payload: { name: 'Outro', cpf: '11144477735' } });
    expect([dupCpf.statusCode, dupCpf.json().error.code]).toEqual([409, 'ALERT_APP_USER_DUPLICATE']);
    const dupMail = await supervisor.inject({
      method: 'POST',
      url: '/api/alerts/users',
      payload: { name: 'Outro', cpf: '39053344705', email: 'joao@exemplo.com' },
    });
    expect([dupMail.statusCode, dupMail.json().error.code]).toEqual([409, 'ALERT_APP_USER_DUPLICATE']);
    const edited = await supervisor.inject({ method: 'PATCH', url: `/api/alerts/users/${created.json().id}`, payload: { name: 'João da Silva' } });
    expect(edited.json()).toMatchObject({ name: 'João da Silva', email: 'joao@exemplo.com' });
    const list = (await supervisor.inject({ url: '/api/alerts/users?search=silva' })).json().users;
    expect(list.map((u: { name: string }) => u.name)).toEqual(['João da Silva']);
    expect((await agent.inject({ url: '/api/alerts/users' })).statusCode).toBe(403);
    // The other organization may reuse the CPF: uniqueness is per organization.
    expect((await outra.inject({ method: 'POST', url: '/api/alerts/users', payload: { name: 'Homônimo', cpf: '111.444.777-35' } })).statusCode).toBe(
      201,
    );
  });

  it('first-access link sets the password once; login by CPF or e-mail', async () => {
    const u = (
      await supervisor.inject({
        method: 'POST',
        url: '/api/alerts/users',
        payload: { name: 'Ana Nova', cpf: '390.533.447-05', email: 'ana@exemplo.com' },
      })
    ).json();
    const invite = await supervisor.inject({ method: 'POST', url: `/api/alerts/users/${u.id}/invite` });
    expect(invite.statusCode, invite.body).toBe(200);
    const link = invite.json().link as string;
    expect(link).toMatch(/\/alertas\/#\/primeiro-acesso\?token=/);
    // No SMTP in this organization: the link is only shown (alerts/app-invite-mail.int.test.ts e-mails it).
    expect(invite.json().emailedTo).toBeNull();
    const token = new URL(link.replace('#/', '')).searchParams.get('token')!;
    const first = await t.app.inject({ method: 'POST', url: '/api/alert-app/first-access', payload: { token, password: 'senha-da-ana-2026' } });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().user).toMatchObject({ name: 'Ana Nova', cpf: '390.533.447-05' });
    const again = await t.app.inject({ method: 'POST', url: '/api/alert-app/first-access', payload: { token, password: 'outra-senha-2026' } });
    expect([again.statusCode, again.json().error.code]).toEqual([400, 'ALERT_APP_INVITE_INVALID']);
    await appLogin('39053344705', 'senha-da-ana-2026');
    await appLogin('ANA@exemplo.com', 'senha-da-ana-2026');
    const wrong = await t.app.inject({ method: 'POST', url: '/api/alert-app/login', payload: { login: '390.533.447-05', password: 'errada-123' } });
    expect([wrong.statusCode, wrong.json().error.code]).toEqual([401, 'ALERT_APP_LOGIN_FAILED']);
  });

  it('an inactive user cannot log in, and deactivation cuts an open session', async () => {
    const u = (await supervisor.inject({ method: 'POST', url: '/api/alerts/users', payload: { name: 'Bia', cpf: '935.411.347-80' } })).json();
    const token = new URL(
      ((await supervisor.inject({ method: 'POST', url: `/api/alerts/users/${u.id}/invite` })).json().link as string).replace('#/', ''),
    ).searchParams.get('token')!;
    const s = appSessionFrom(
      await t.app.inject({ method: 'POST', url: '/api/alert-app/first-access', payload: { token, password: 'senha-da-bia-2026' } }),
    );
    expect((await s.inject({ url: '/api/alert-app/me' })).statusCode).toBe(200);
    expect((await supervisor.inject({ method: 'POST', url: `/api/alerts/users/${u.id}/deactivate` })).json().active).toBe(false);
    const me = await s.inject({ url: '/api/alert-app/me' });
    expect([me.statusCode, me.json().error.code]).toEqual([401, 'ALERT_APP_UNAUTHENTICATED']);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/alert-app/login',
      payload: { login: '93541134780', password: 'senha-da-bia-2026' },
    });
    expect([login.statusCode, login.json().error.code]).toEqual([403, 'ALERT_APP_USER_INACTIVE']);
    await supervisor.inject({ method: 'POST', url: `/api/alerts/users/${u.id}/reactivate` });
    await appLogin('93541134780', 'senha-da-bia-2026');
    // A staff session is not an app session, and the console refuses the app cookie.
    expect((await supervisor.inject({ url: '/api/alert-app/me' })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: s.cookie } })).statusCode).toBe(401);
  });

  it('an alert stores every field and emits alert.fired with the snapshot', async () => {
    const maria = await appLogin('529.982.247-25');
    expect(maria.csrf).toBeTruthy();
    const res = await fire(maria, { level: 'yellow', location: { lat: -23.5505, lng: -46.6333, accuracy: 12 } });
    expect(res.statusCode, res.body).toBe(201);
    const alert = res.json();
    expect(alert).toMatchObject({
      level: 'yellow',
      levelText: 'Risco moderado: a equipe vai entrar em contato.',
      state: 'new',
      appUser: { name: 'Maria Usuária', cpf: '529.982.247-25', phone: '+5511988887777' },
      location: { lat: -23.5505, lng: -46.6333, accuracy: 12 },
      receivedAt: null,
      assignee: null,
      hasVoiceNote: false,
    });
    const team = ((await supervisor.inject({ url: '/api/teams' })).json().items as { id: string; name: string }[]).find(
      (x) => x.name === 'Equipe de Alertas',
    )!;
    expect(alert.teamId).toBe(team.id);
    const events = await firedEvents(alert.id);
    expect(events).toHaveLength(1);
    expect((events[0]!.payload as { alert: unknown }).alert).toEqual(alert);
    // No location → null; the same clientId twice → one alert, one event.
    const clientId = randomUUID();
    const noLoc = await fire(maria, { clientId, location: null });
    expect(noLoc.json().location).toBeNull();
    const resend = await fire(maria, { clientId, level: 'green' });
    expect(resend.statusCode).toBe(200);
    expect(resend.json()).toEqual(noLoc.json());
    expect(await firedEvents(noLoc.json().id)).toHaveLength(1);
    // Fired offline an hour ago: kept as fired.
    const hourAgo = new Date(Date.now() - 3600_000).toISOString();
    expect((await fire(maria, { firedAt: hourAgo })).json().firedAt).toBe(hourAgo);
    expect((await fire(maria, { firedAt: new Date(Date.now() + 10 * 60_000).toISOString() })).statusCode).toBe(400);
    expect((await fire(maria, { firedAt: new Date(Date.now() - 8 * 24 * 3600_000).toISOString() })).statusCode).toBe(400);
    const own = (await maria.inject({ url: '/api/alert-app/alerts' })).json().alerts as { id: string; firedAt: string }[];
    expect(own[0]!.firedAt >= own[own.length - 1]!.firedAt).toBe(true);
    expect(own.map((a) => a.id)).toContain(alert.id);
    // Without the CSRF header, no alert.
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/alert-app/alerts',
      headers: { cookie: maria.cookie },
      payload: { clientId: randomUUID(), level: 'red', firedAt: new Date().toISOString() },
    });
    expect(forged.statusCode).toBe(403);
  });

  it('assume, a second assume 409, concurrent assumes one winner, close needs a note', async () => {
    const maria = await appLogin('52998224725');
    const a = (await fire(maria, {})).json();
    const seen = await agent.inject({ method: 'POST', url: `/api/alerts/${a.id}/seen` });
    expect(seen.json().receivedAt).not.toBeNull();
    const again = await supervisor.inject({ method: 'POST', url: `/api/alerts/${a.id}/seen` });
    expect(again.json().receivedAt).toBe(seen.json().receivedAt);
    const took = await agent.inject({ method: 'POST', url: `/api/alerts/${a.id}/assume` });
    expect(took.json()).toMatchObject({ state: 'in_progress', assignee: { id: agent.me.id } });
    const second = await supervisor.inject({ method: 'POST', url: `/api/alerts/${a.id}/assume` });
    expect([second.statusCode, second.json().error.code]).toEqual([409, 'ALERT_ALREADY_ASSUMED']);
    const noNote = await agent.inject({ method: 'POST', url: `/api/alerts/${a.id}/close`, payload: { note: ' ' } });
    expect(noNote.statusCode).toBe(400);
    const closed = await agent.inject({ method: 'POST', url: `/api/alerts/${a.id}/close`, payload: { note: 'Contato feito, tudo bem.' } });
    expect(closed.json()).toMatchObject({ state: 'closed', closingNote: 'Contato feito, tudo bem.' });
    const twice = await agent.inject({ method: 'POST', url: `/api/alerts/${a.id}/close`, payload: { note: 'De novo' } });
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, 'ALERT_CLOSED']);
    const mine = (await maria.inject({ url: '/api/alert-app/alerts' })).json().alerts.find((x: { id: string }) => x.id === a.id);
    expect(mine.state).toBe('closed');

    const b = (await fire(maria, {})).json();
    const results = await Promise.all([supervisor, agent].map((s) => s.inject({ method: 'POST', url: `/api/alerts/${b.id}/assume` })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it('an agent outside the team, or another organization, does not see the alert', async () => {
    const maria = await appLogin('52998224725');
    const a = (await fire(maria, { level: 'green' })).json();
    expect((await agent2.inject({ url: `/api/alerts/${a.id}` })).statusCode).toBe(404);
    expect((await agent2.inject({ method: 'POST', url: `/api/alerts/${a.id}/assume` })).statusCode).toBe(404);
    expect((await agent2.inject({ url: '/api/alerts' })).json().alerts).toEqual([]);
    expect((await agent.inject({ url: `/api/alerts/${a.id}` })).statusCode).toBe(200);
    // "Início" of the Canal de Alertas: the receiving team's agents, not the others.
    expect((await agent.inject({ url: '/api/alerts/access' })).json()).toEqual({ monitor: true });
    expect((await agent2.inject({ url: '/api/alerts/access' })).json()).toEqual({ monitor: false });
    expect((await outra.inject({ url: `/api/alerts/${a.id}` })).statusCode).toBe(404);
    expect((await outra.inject({ url: `/api/alerts/users/${a.appUser.id}` })).statusCode).toBe(404);
    const page = (await supervisor.inject({ url: '/api/alerts?level=green' })).json();
    expect(page.alerts.every((x: { level: string }) => x.level === 'green')).toBe(true);
    expect(page.counts.green).toBe(page.alerts.length);
    expect(page.counts.red).toBeGreaterThan(0);
  });

  it('a voice message: audio only, once, played back to staff', async () => {
    const maria = await appLogin('52998224725');
    const a = (await fire(maria, {})).json();
    const upload = (type: string, data: Buffer) => {
      const { payload, headers } = multipart('nota.webm', type, data);
      return t.app.inject({
        method: 'POST',
        url: `/api/alert-app/alerts/${a.id}/voice-note`,
        payload,
        headers: { ...headers, cookie: maria.cookie, 'x-csrf-token': maria.csrf },
      });
    };
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    expect((await upload('audio/webm', png)).json().error.code).toBe('ALERT_VOICE_NOTE_INVALID');
    const webm = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.alloc(4000, 7)]);
    const ok = await upload('audio/webm', webm);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().hasVoiceNote).toBe(true);
    expect((await upload('audio/webm', webm)).json().error.code).toBe('ALERT_VOICE_NOTE_EXISTS');
    const played = await agent.inject({ url: `/api/alerts/${a.id}/voice-note` });
    expect([played.statusCode, played.headers['content-type'], played.rawPayload.length]).toEqual([200, 'audio/webm', webm.length]);
    expect((await agent2.inject({ url: `/api/alerts/${a.id}/voice-note` })).statusCode).toBe(404);
  });

  it('settings: admin writes, supervisor reads; the app sees them', async () => {
    const admin = await t.login('admin@demo.local');
    const current = (await supervisor.inject({ url: '/api/alerts/settings' })).json();
    expect(current.serviceNumber).toBe('+55 11 4000-0000');
    expect((await supervisor.inject({ method: 'PUT', url: '/api/alerts/settings', payload: current })).statusCode).toBe(403);
    const saved = await admin.inject({ method: 'PUT', url: '/api/alerts/settings', payload: { ...current, serviceNumber: '+55 11 4000-1111' } });
    expect(saved.statusCode, saved.body).toBe(200);
    const maria = await appLogin('usuaria@demo.local');
    expect((await maria.inject({ url: '/api/alert-app/me' })).json().settings.serviceNumber).toBe('+55 11 4000-1111');
    const foreignTeam = (await outra.inject({ url: '/api/teams' })).json().items[0];
    if (foreignTeam)
      expect((await admin.inject({ method: 'PUT', url: '/api/alerts/settings', payload: { ...current, teamId: foreignTeam.id } })).statusCode).toBe(
        404,
      );
  });
});
