import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openAttendance } from './modules/attendances/index.js';
import { createTestApp, DEMO_PASSWORD, type Session, type TestApp } from '../test/test-app.js';
import { rowsOf } from '../test/rows.js';
import { panelsRouteSamples } from '../test/route-samples/panels.js';
import { knowledgeRouteSamples } from '../test/route-samples/knowledge.js';
import { serviceRouteSamples } from '../test/route-samples/service.js';
import { integrationsRouteSamples } from '../test/route-samples/integrations.js';
import { voiceRouteSamples } from '../test/route-samples/voice.js';
import { collaborationRouteSamples } from '../test/route-samples/collaboration.js';
import { personsRouteSamples } from '../test/route-samples/persons.js';
import { alertsRouteSamples } from '../test/route-samples/alerts.js';

// A valid body for each route that takes one, so the walk reaches the handler instead of stopping
// at validation. A new route with a body and no sample here fails the walk: add one.
// `null` marks a route that takes no body.
const SAMPLE_BODIES: Record<string, unknown> = {
  ...serviceRouteSamples,
  ...panelsRouteSamples,
  ...integrationsRouteSamples,
  ...voiceRouteSamples,
  ...knowledgeRouteSamples,
  ...collaborationRouteSamples,
  ...personsRouteSamples,
  ...alertsRouteSamples,
  'PATCH /api/users/:id': { name: 'Intruso', role: 'agent' },
  'POST /api/users/:id/password': { password: 'intruso-123' },
  'POST /api/users/:id/activate': null,
  'POST /api/users/:id/deactivate': null,
  'PATCH /api/teams/:id': { name: 'Intrusos', memberIds: [] },
  'POST /api/presence/me/chat/:channelId/pause': { reasonId: '00000000-0000-4000-8000-000000000000' },
  'POST /api/presence/me/chat/:channelId/resume': null,
  'POST /api/presence/agents/:userId/pause': { kind: 'voice', reasonId: '00000000-0000-4000-8000-000000000000' },
  'POST /api/presence/agents/:userId/logout': {},
  'PATCH /api/queues/:id': { name: 'Intrusa' },
  'PUT /api/queues/:id/members': { members: [] },
  'PATCH /api/channels/:id': { name: 'Intruso', active: false },
  'PATCH /api/pause-reasons/:id': { name: 'Intruso', active: false },
  'POST /api/attendances/:id/messages': { body: 'intruso' },
  'POST /api/attendances/:id/templates': { name: 'intruso', language: 'pt_BR', params: [] },
  'POST /api/attendances/:id/messages/:messageId/resend': null,
  'POST /api/attendances/:id/read': { seq: 1 },
  'POST /api/attendances/:id/transfer': { toQueueId: '00000000-0000-4000-8000-000000000000' },
  'POST /api/attendances/:id/finalize': { classification: 'Intruso' },
  'POST /api/attendances/:id/person': { personId: null },
  'POST /api/channels/:id/secret': null,
  'PUT /api/channels/:id/provider': { settings: { phoneNumberId: '100000000000077', wabaId: '100000000000078' }, secrets: {} },
  'POST /api/channels/:id/test': null,
  'POST /api/channels/:id/webhook': null,
  'PATCH /api/persons/:id': { type: 'PJ', name: 'Intruso', document: null, emails: [], phones: [], addresses: [] },
};
const NO_BODY = new Set(['GET', 'DELETE', 'HEAD']);
// Uploads get a real multipart body with a tiny PNG.
const MULTIPART = new Set(['POST /api/attendances/:id/attachments', 'POST /api/chats/:id/attachments']);
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
function multipartPng() {
  const boundary = '----walk';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x.png"\r\nContent-Type: image/png\r\n\r\n`),
    PNG,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
// Lists that need a query: `{id}` is replaced by each Demo id in turn.
const SAMPLE_QUERIES: Record<string, string> = {
  '/api/presence/intervals': 'userId={id}&from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z',
};

// Parameterless GETs that are not lists: the external person service lookup (SPEC PER-07) calls out
// and answers PERSON_SERVICE_NOT_CONFIGURED until the organization configures it (its isolation is
// in persons/person-service.int.test.ts).
const NOT_LISTS = new Set(['/api/persons/lookup-external']);

// SPEC ORG-01: as a user of "Outra", every route refuses every id of "Demo".
describe('tenant isolation across the whole route table', () => {
  let t: TestApp;
  let outra: Session;
  let demoIds: string[];
  let demoSnapshot: Record<string, unknown[]>;

  // Parsed back from JSON so a change shows as a per-table diff, with dates compared as text.
  const snapshot = async (orgId: string) =>
    JSON.parse(
      JSON.stringify(
        await t.app.platform.tenant.inSystem(async (s) => {
          const q = (table: string) => s.tx.execute(sql`select * from ${sql.identifier(table)} where organization_id = ${orgId} order by 1`);
          const tables = [
            'users',
            'teams',
            'team_members',
            'queues',
            'queue_members',
            'channels',
            'pause_reasons',
            'persons',
            'person_emails',
            'person_phones',
            'person_addresses',
            'attendances',
            'attendance_messages',
            'attendance_events',
            'processes',
            'subprocesses',
            'classifications',
            'contact_origins',
            'sla_reasons',
            'business_calendars',
            'calendar_holidays',
            'sla_policies',
            'tool_permissions',
            'attendance_subprocesses',
            'sla_interventions',
            'service_orders',
            'grid_preferences',
            'api_tokens',
            'webhook_endpoints',
            'webhook_deliveries',
            'calls',
            'call_events',
            'callback_tasks',
            'knowledge_categories',
            'knowledge_items',
            'attendance_scripts',
            'attendance_forms',
            'chats',
            'chat_members',
            'chat_messages',
            'person_fields',
            'person_service_settings',
            'alert_app_users',
            'alert_settings',
            'alerts',
            'mail_settings',
            'mail_log',
            'password_reset_tokens',
            'portal_users',
            'portal_sessions',
            'request_comments',
          ];
          // One query at a time: a transaction's connection runs them in order anyway.
          const rows: Record<string, unknown[]> = {};
          for (const name of tables) rows[name] = rowsOf(await q(name));
          return rows;
        }),
      ),
    ) as Record<string, unknown[]>;

  beforeAll(async () => {
    t = await createTestApp();
    outra = await t.login('admin@outra.local');
    const demoAdmin = await t.login('admin@demo.local');
    // The demo seed has no persons: register one so the walk probes its id.
    const person = { type: 'PF', name: 'Pessoa Demo', document: '529.982.247-25', emails: ['pessoa@demo.local'], phones: ['11987654321'] };
    expect((await demoAdmin.inject({ method: 'POST', url: '/api/persons', payload: person })).statusCode).toBe(201);
    // …and no custom person fields (SPEC PER-05): one.
    const field = { personType: 'PF', key: 'contrato', label: 'Contrato', type: 'text' };
    expect((await demoAdmin.inject({ method: 'POST', url: '/api/person-fields', payload: field })).statusCode).toBe(201);
    const demo = await t.orgId('demo');
    // …and no attendances: open one, answered by an agent, so its id and messages are walked too.
    // The web-chat channel: its replies need no provider, so no delivery job fails (and changes a row) mid-walk.
    const channel = ((await demoAdmin.inject({ url: '/api/channels' })).json().items as { id: string; queueId: string; type: string }[]).find(
      (c) => c.type === 'webchat',
    )!;
    const agent = await t.login('agente@demo.local');
    await agent.inject({ method: 'POST', url: '/api/presence/me/login', payload: { kind: 'chat_channel', targetId: channel.id } });
    await t.app.platform.tenant.inTenant(demo, null, (s) =>
      openAttendance(t.app.platform, s, {
        channelId: channel.id,
        channelType: 'webchat',
        queueId: channel.queueId,
        contact: { name: 'Visitante' },
        contactIdentity: 'v-1',
        personId: null,
        priority: 0,
      }),
    );
    const offered = await vi.waitFor(
      async () => {
        const [first] = (await agent.inject({ url: '/api/attendances' })).json().items as { id: string }[];
        if (!first) throw new Error('not offered yet');
        return first;
      },
      { timeout: 10_000 },
    );
    await agent.inject({ method: 'POST', url: `/api/attendances/${offered.id}/messages`, payload: { body: 'Olá' } });
    // …and no API tokens or webhooks (SPEC PLT-02, PLT-03): one of each, and a delivery.
    expect((await demoAdmin.inject({ method: 'POST', url: '/api/api-tokens', payload: { name: 'Demo', scopes: ['read'] } })).statusCode).toBe(201);
    await t.app.platform.tenant.inTenant(demo, null, async (s) => {
      const [endpoint] = rowsOf(
        await s.tx.execute(
          sql`insert into webhook_endpoints (organization_id, url, events, secret) values (${demo}, 'https://93.184.216.34/demo', '{attendance.created}', 'sealed') returning id`,
        ),
      );
      await s.tx.execute(
        sql`insert into webhook_deliveries (organization_id, endpoint_id, event_type, message_id, payload, status) values (${demo}, ${endpoint!.id}, 'attendance.created', 'msg_demo', '{}', 'failed')`,
      );
    });
    // …and no chats (SPEC ALR-04): a group with a message.
    const chat = await demoAdmin.inject({ method: 'POST', url: '/api/chats', payload: { kind: 'group', name: 'Demo', memberIds: [agent.me.id] } });
    expect(chat.statusCode).toBe(201);
    await demoAdmin.inject({ method: 'POST', url: `/api/chats/${chat.json().id}/messages`, payload: { body: 'Olá' } });
    // …and no calls: a PBX reports one that was dropped, leaving a call-back task (VOX-06b).
    await demoAdmin.inject({ method: 'PUT', url: '/api/voice/settings', payload: { callbackOnAbandon: true } });
    for (const event of ['newCall', 'hangup']) {
      const cti = { event, direction: 'in', from: '11987654321', to: '4000', callId: 'walk-1', queue: 'Suporte' };
      expect((await t.app.inject({ method: 'POST', url: '/api/voice/cti/demo-cti-token', payload: cti })).statusCode).toBe(200);
    }
    // …and no SMTP (e-mail out): settings on a public address, so the walk meets them and sends nothing.
    const smtp = {
      host: '93.184.216.34',
      port: 587,
      security: 'starttls',
      username: 'demo',
      password: 'x',
      fromName: 'Demo',
      fromAddress: 'a@demo.local',
    };
    expect((await demoAdmin.inject({ method: 'PUT', url: '/api/mail/settings', payload: smtp })).statusCode).toBe(200);
    // …and no alerts: the demo app user fires one (SPEC ALR-01).
    const app = await t.app.inject({ method: 'POST', url: '/api/alert-app/login', payload: { login: '529.982.247-25', password: DEMO_PASSWORD } });
    const fired = await t.app.inject({
      method: 'POST',
      url: '/api/alert-app/alerts',
      headers: { cookie: `atende_app_sid=${app.cookies[0]!.value}`, 'x-csrf-token': app.json().csrfToken },
      payload: { clientId: '5f0c6a52-1d7e-4a53-9d2a-3c1b2a4e5f60', level: 'red', firedAt: new Date().toISOString(), location: null },
    });
    expect(fired.statusCode, fired.body).toBe(201);
    demoIds = await t.app.platform.tenant.inSystem(async (s) => {
      // Two ids of every kind: each route meets ids of its own table and of every other one.
      const res = await s.tx.execute(sql`
        select id::text as id from users where organization_id = ${demo}
        union all (select id::text from teams where organization_id = ${demo} order by 1 limit 2)
        union all (select id::text from companies where organization_id = ${demo} order by 1 limit 2)
        union all (select id::text from queues where organization_id = ${demo} order by 1 limit 2)
        union all (select id::text from channels where organization_id = ${demo} order by 1 limit 2)
        union all (select id::text from pause_reasons where organization_id = ${demo} order by 1 limit 2)
        union all (select id::text from persons where organization_id = ${demo} order by 1 limit 2)
        union all (select id::text from attendances where organization_id = ${demo} order by 1 limit 2)
        union all (select id::text from processes where organization_id = ${demo} order by 1 limit 2)
        union all (select id::text from subprocesses where organization_id = ${demo} order by 1 limit 2)
        union all (select id::text from classifications where organization_id = ${demo} order by 1 limit 2)
        union all (select id::text from contact_origins where organization_id = ${demo} order by 1 limit 2)
        union all (select id::text from sla_reasons where organization_id = ${demo} order by 1 limit 2)
        union all (select id::text from business_calendars where organization_id = ${demo} order by 1 limit 2)
        union all (select id::text from calendar_holidays where organization_id = ${demo} order by 1 limit 2)
        union all (select id::text from sla_policies where organization_id = ${demo} order by 1 limit 2)
        union all (select id::text from service_orders where organization_id = ${demo} order by 1 limit 2)
        union all (select id::text from sla_interventions where organization_id = ${demo} order by 1 limit 2)
        union all (select id::text from api_tokens where organization_id = ${demo} order by 1 limit 2)
        union all (select id::text from webhook_endpoints where organization_id = ${demo} order by 1 limit 2)
        union all (select id::text from webhook_deliveries where organization_id = ${demo} order by 1 limit 2)
        union all (select id::text from calls where organization_id = ${demo} order by 1 limit 2)
        union all (select id::text from callback_tasks where organization_id = ${demo} order by 1 limit 2)
        union all (select id::text from knowledge_categories where organization_id = ${demo} order by 1 limit 2)
        union all (select id::text from knowledge_items where organization_id = ${demo} order by 1 limit 2)
        union all (select id::text from attendance_scripts where organization_id = ${demo} order by 1 limit 2)
        union all (select id::text from attendance_forms where organization_id = ${demo} order by 1 limit 2)
        union all (select id::text from chats where organization_id = ${demo} order by 1 limit 1)
        union all (select id::text from chat_messages where organization_id = ${demo} order by 1 limit 1)
        union all (select id::text from person_fields where organization_id = ${demo} order by 1 limit 2)
        union all (select id::text from alert_app_users where organization_id = ${demo} order by 1 limit 2)
        union all (select id::text from alerts where organization_id = ${demo} order by 1 limit 2)
        union all select ${demo}::text`);
      return rowsOf(res).map((r) => String(r.id));
    });
    // Listeners of the setup's events (SLA defaults, contact origin…) may still be running: the
    // snapshot is taken once they are all done, so only the walk itself can change it.
    await t.settle();
    demoSnapshot = await snapshot(demo);
  });
  afterAll(() => t.close());

  const privateRoutes = () =>
    t.app.routeTable.filter((r) => r.url.startsWith('/api/') && !r.public && r.method !== 'HEAD' && !r.url.startsWith('/api/docs'));

  it('refuses every Demo id on every route with a parameter (404 or 403), and changes nothing', async () => {
    const withParams = privateRoutes().filter((r) => r.url.includes(':'));
    expect(withParams.length).toBeGreaterThanOrEqual(6);
    for (const route of withParams) {
      const key = `${route.method} ${route.url}`;
      const body = SAMPLE_BODIES[key];
      expect(NO_BODY.has(route.method) || MULTIPART.has(key) || body !== undefined, `add a sample body (or null) for ${key}`).toBe(true);
      for (const id of demoIds) {
        const url = route.url.replace(/:[A-Za-z]+/g, id);
        const res = await outra.inject({
          method: route.method as 'GET',
          url,
          ...(MULTIPART.has(key) ? multipartPng() : body ? { payload: body } : {}),
        });
        expect([403, 404], `${key} with ${id} → ${res.statusCode} ${res.body}`).toContain(res.statusCode);
      }
    }
    await t.settle();
    expect(await snapshot(await t.orgId('demo'))).toEqual(demoSnapshot);
  }, 300_000); // routes × Demo ids: thousands of requests, slow on a loaded machine

  it('lists nothing of Demo on any parameterless GET', async () => {
    const lists = privateRoutes().filter((r) => r.method === 'GET' && !r.url.includes(':') && !NOT_LISTS.has(r.url));
    expect(lists.map((r) => r.url)).toEqual(expect.arrayContaining(['/api/users', '/api/teams', '/api/companies', '/api/auth/me']));
    for (const route of lists) {
      const query = SAMPLE_QUERIES[route.url];
      for (const probe of query ? demoIds : [undefined]) {
        const url = query ? `${route.url}?${query.replaceAll('{id}', probe!)}` : route.url;
        const res = await outra.inject({ url });
        expect(res.statusCode, url).toBe(200);
        for (const id of demoIds) expect(res.body.includes(id), `${url} leaks ${id}`).toBe(false);
      }
    }
  });

  it('still serves Demo its own records (the walk above is not vacuous)', async () => {
    const demoAdmin = await t.login('admin@demo.local');
    const users = (await demoAdmin.inject({ url: '/api/users' })).json().items as { id: string }[];
    expect(users.length).toBeGreaterThanOrEqual(4);
    const someone = users.find((u) => u.id !== demoAdmin.me.id)!;
    expect((await demoAdmin.inject({ method: 'PATCH', url: `/api/users/${someone.id}`, payload: { name: 'Renomeado' } })).statusCode).toBe(200);
  });
});
