import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../test/test-app.js';
import { rowsOf } from '../test/rows.js';

// Issue item "every foreign key in a body is checked within the organization" (SPEC ORG-01): an
// admin of "Demo" sends, in request bodies, real ids of "Outra" and random ids. Both are refused
// with the same answer (so a foreign id cannot be told from one that does not exist), and nothing
// of "Outra" is stored in "Demo". A foreign key alone accepts another organization's row: the
// database checks it without row-level security.

type Ids = Record<string, string>;
// `noop`: the request names something to leave (a logout): for an id that is not the agent's it
// changes nothing and answers 200, the same for a foreign id and a random one.
type Case = {
  name: string;
  who: 'admin' | 'agent';
  method: 'POST' | 'PATCH' | 'PUT';
  url: () => string;
  body: (id: string) => unknown;
  kind: string;
  noop?: true;
};

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
function multipartPng() {
  const boundary = '----foreign';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x.png"\r\nContent-Type: image/png\r\n\r\n`),
    PNG,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const HOURS = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '18:00' }));

describe('ids of another organization in request bodies', () => {
  let t: TestApp;
  let admin: Session;
  let agent: Session;
  let demoOrg: string;
  const outra: Ids = {};
  const demo: Ids = {};

  const ok = async (res: { statusCode: number; json: () => unknown; body: string }, status = 201) => {
    expect(res.statusCode, res.body).toBe(status);
    return res.json() as { id: string; items?: { id: string }[] };
  };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@demo.local');
    agent = await t.login('agente@demo.local');
    demoOrg = admin.me.organizationId;
    const b = await t.login('admin@outra.local');

    // Outra's real rows, one of each kind a body can name.
    outra.user = b.me.id;
    outra.company = (await ok(await b.inject({ url: '/api/companies' }), 200)).items![0]!.id;
    outra.team = (await ok(await b.inject({ method: 'POST', url: '/api/teams', payload: { name: 'Equipe Outra' } }))).id;
    outra.chatQueue = (await ok(await b.inject({ method: 'POST', url: '/api/queues', payload: { name: 'Fila Outra', kind: 'chat' } }))).id;
    outra.voiceQueue = (await ok(await b.inject({ method: 'POST', url: '/api/queues', payload: { name: 'Voz Outra', kind: 'voice' } }))).id;
    await ok(await b.inject({ method: 'PUT', url: `/api/queues/${outra.voiceQueue}/members`, payload: { members: [{ userId: outra.user }] } }), 200);
    outra.channel = (
      await ok(await b.inject({ method: 'POST', url: '/api/channels', payload: { name: 'Chat Outra', type: 'webchat', queueId: outra.chatQueue } }))
    ).id;
    outra.pauseReason = (await ok(await b.inject({ method: 'POST', url: '/api/pause-reasons', payload: { name: 'Pausa Outra' } }))).id;
    outra.classification = (
      await ok(await b.inject({ method: 'POST', url: '/api/classifications', payload: { kind: 'opening', name: 'Abertura Outra' } }))
    ).id;
    outra.process = (await ok(await b.inject({ method: 'POST', url: '/api/processes', payload: { name: 'Processo Outra' } }))).id;
    await ok(
      await b.inject({ method: 'POST', url: `/api/processes/${outra.process}/subprocesses`, payload: { name: 'Etapa Outra', durationHours: 1 } }),
    );
    outra.contactOrigin = (await ok(await b.inject({ url: '/api/contact-origins' }), 200)).items![0]!.id;
    outra.incrementReason = (
      await ok(await b.inject({ method: 'POST', url: '/api/sla-reasons', payload: { name: 'Acréscimo Outra', type: 'increment' } }))
    ).id;
    outra.pauseSlaReason = (
      await ok(await b.inject({ method: 'POST', url: '/api/sla-reasons', payload: { name: 'Pausa SLA Outra', type: 'pause' } }))
    ).id;
    outra.person = (await ok(await b.inject({ method: 'POST', url: '/api/persons', payload: { type: 'PF', name: 'Pessoa Outra' } }))).id;
    await ok(await b.inject({ method: 'PATCH', url: `/api/users/${outra.user}`, payload: { canStartAttendance: true } }), 200);
    const outraAttendance = (
      await ok(await b.inject({ method: 'POST', url: '/api/attendances/panel', payload: { personId: null, contactName: 'Cliente Outra' } }))
    ).id;
    outra.attachment = (
      await ok(await b.inject({ method: 'POST', url: `/api/attendances/${outraAttendance}/attachments`, ...multipartPng() }), 200)
    ).id;

    // Demo's own rows that the requests act on.
    demo.queue = (await ok(await admin.inject({ method: 'POST', url: '/api/queues', payload: { name: 'Fila Demo', kind: 'chat' } }))).id;
    demo.channel = (
      await ok(await admin.inject({ method: 'POST', url: '/api/channels', payload: { name: 'Chat Demo', type: 'webchat', queueId: demo.queue } }))
    ).id;
    demo.team = (await ok(await admin.inject({ method: 'POST', url: '/api/teams', payload: { name: 'Equipe Demo' } }))).id;
    demo.policy = (await ok(await admin.inject({ url: '/api/sla-policies' }), 200)).items![0]!.id;
    demo.attendance = (
      await ok(await admin.inject({ method: 'POST', url: '/api/attendances/panel', payload: { personId: null, contactName: 'Cliente Demo' } }))
    ).id;
    demo.agent = agent.me.id;
    const suporte = ((await ok(await admin.inject({ url: '/api/queues' }), 200)).items as { id: string; name?: string }[]).find(
      (q) => q.name === 'Suporte',
    )!.id;
    await ok(await agent.inject({ method: 'POST', url: '/api/presence/me/login', payload: { kind: 'voice_queue', targetId: suporte } }), 200);
  }, 120_000);
  afterAll(() => t.close());

  const cases: Case[] = [
    // administration (SPEC ORG-02, ORG-05, PAN-04)
    {
      name: 'new queue companyId',
      who: 'admin',
      method: 'POST',
      url: () => '/api/queues',
      kind: 'company',
      body: (id) => ({ name: `Fila ${id.slice(0, 8)}`, kind: 'chat', companyId: id }),
    },
    {
      name: 'queue edit companyId',
      who: 'admin',
      method: 'PATCH',
      url: () => `/api/queues/${demo.queue}`,
      kind: 'company',
      body: (id) => ({ companyId: id }),
    },
    {
      name: 'queue members userId',
      who: 'admin',
      method: 'PUT',
      url: () => `/api/queues/${demo.queue}/members`,
      kind: 'user',
      body: (id) => ({ members: [{ userId: id }] }),
    },
    {
      name: 'new channel queueId',
      who: 'admin',
      method: 'POST',
      url: () => '/api/channels',
      kind: 'chatQueue',
      body: (id) => ({ name: 'Canal', type: 'webchat', queueId: id }),
    },
    {
      name: 'channel edit queueId',
      who: 'admin',
      method: 'PATCH',
      url: () => `/api/channels/${demo.channel}`,
      kind: 'chatQueue',
      body: (id) => ({ queueId: id }),
    },
    {
      name: 'new team memberIds',
      who: 'admin',
      method: 'POST',
      url: () => '/api/teams',
      kind: 'user',
      body: (id) => ({ name: `Equipe ${id.slice(0, 8)}`, memberIds: [id] }),
    },
    {
      name: 'team edit memberIds',
      who: 'admin',
      method: 'PATCH',
      url: () => `/api/teams/${demo.team}`,
      kind: 'user',
      body: (id) => ({ memberIds: [id] }),
    },
    {
      name: 'new calendar companyId',
      who: 'admin',
      method: 'POST',
      url: () => '/api/calendars',
      kind: 'company',
      body: (id) => ({ companyId: id, name: 'Calendário', timeZone: 'America/Sao_Paulo', hours: HOURS, nationalHolidays: true }),
    },
    {
      name: 'new SLA policy classificationId',
      who: 'admin',
      method: 'POST',
      url: () => '/api/sla-policies',
      kind: 'classification',
      body: (id) => ({ name: 'P1', classificationId: id, resolutionMinutes: 30 }),
    },
    {
      name: 'new SLA policy processId',
      who: 'admin',
      method: 'POST',
      url: () => '/api/sla-policies',
      kind: 'process',
      body: (id) => ({ name: 'P2', processId: id, resolutionMinutes: 30 }),
    },
    {
      name: 'SLA policy edit classificationId',
      who: 'admin',
      method: 'PATCH',
      url: () => `/api/sla-policies/${demo.policy}`,
      kind: 'classification',
      body: (id) => ({ classificationId: id }),
    },
    {
      name: 'SLA policy edit processId',
      who: 'admin',
      method: 'PATCH',
      url: () => `/api/sla-policies/${demo.policy}`,
      kind: 'process',
      body: (id) => ({ processId: id }),
    },
    // attendances (SPEC ATT-04…ATT-06, PER-03, PAN-03…PAN-05, PAN-10)
    ...(['company', 'contactOrigin', 'classification', 'process', 'person'] as const).map((kind): Case => ({
      name: `new panel attendance ${kind}`,
      who: 'admin',
      method: 'POST',
      url: () => '/api/attendances/panel',
      kind,
      body: (id) => ({ personId: null, contactName: 'Cliente', [kind === 'classification' ? 'openingClassificationId' : `${kind}Id`]: id }),
    })),
    ...(['company', 'team', 'contactOrigin', 'classification', 'process'] as const).map((kind): Case => ({
      name: `attendance service edit ${kind}`,
      who: 'admin',
      method: 'PATCH',
      url: () => `/api/attendances/${demo.attendance}/service`,
      kind,
      body: (id) => ({ [kind === 'classification' ? 'openingClassificationId' : `${kind}Id`]: id }),
    })),
    {
      name: 'SLA increment reasonId',
      who: 'admin',
      method: 'POST',
      url: () => `/api/attendances/${demo.attendance}/sla/increment`,
      kind: 'incrementReason',
      body: (id) => ({ reasonId: id, unit: 'hours', quantity: 1, confirm: true }),
    },
    {
      name: 'SLA pause reasonId',
      who: 'admin',
      method: 'POST',
      url: () => `/api/attendances/${demo.attendance}/sla/pause`,
      kind: 'pauseSlaReason',
      body: (id) => ({ reasonId: id, confirm: true }),
    },
    {
      name: 'forward processId',
      who: 'admin',
      method: 'POST',
      url: () => `/api/attendances/${demo.attendance}/forward`,
      kind: 'process',
      body: (id) => ({ processId: id }),
    },
    {
      name: 'message attachmentId',
      who: 'admin',
      method: 'POST',
      url: () => `/api/attendances/${demo.attendance}/messages`,
      kind: 'attachment',
      body: (id) => ({ body: 'anexo', attachmentId: id }),
    },
    {
      name: 'transfer toUserId',
      who: 'admin',
      method: 'POST',
      url: () => `/api/attendances/${demo.attendance}/transfer`,
      kind: 'user',
      body: (id) => ({ toUserId: id }),
    },
    {
      name: 'transfer toQueueId',
      who: 'admin',
      method: 'POST',
      url: () => `/api/attendances/${demo.attendance}/transfer`,
      kind: 'chatQueue',
      body: (id) => ({ toQueueId: id }),
    },
    {
      name: 'start attendance personId',
      who: 'admin',
      method: 'POST',
      url: () => '/api/attendances',
      kind: 'person',
      body: (id) => ({ personId: id }),
    },
    {
      name: 'link person personId',
      who: 'admin',
      method: 'POST',
      url: () => `/api/attendances/${demo.attendance}/person`,
      kind: 'person',
      body: (id) => ({ personId: id }),
    },
    // Canal de Alertas (SPEC ALR-07)
    {
      name: 'new app user teamId',
      who: 'admin',
      method: 'POST',
      url: () => '/api/alerts/users',
      kind: 'team',
      body: (id) => ({ name: 'Usuário do app', cpf: '390.533.447-05', teamId: id }),
    },
    {
      name: 'alert settings teamId',
      who: 'admin',
      method: 'PUT',
      url: () => '/api/alerts/settings',
      kind: 'team',
      body: (id) => ({ serviceNumber: null, levelTexts: { green: '', yellow: '', red: '' }, teamId: id, voiceQueueId: null }),
    },
    {
      name: 'alert settings voiceQueueId',
      who: 'admin',
      method: 'PUT',
      url: () => '/api/alerts/settings',
      kind: 'voiceQueue',
      body: (id) => ({ serviceNumber: null, levelTexts: { green: '', yellow: '', red: '' }, teamId: null, voiceQueueId: id }),
    },
    // presence (SPEC WS-01…WS-07)
    {
      name: 'login voice queue',
      who: 'agent',
      method: 'POST',
      url: () => '/api/presence/me/login',
      kind: 'voiceQueue',
      body: (id) => ({ kind: 'voice_queue', targetId: id }),
    },
    {
      name: 'login chat channel',
      who: 'agent',
      method: 'POST',
      url: () => '/api/presence/me/login',
      kind: 'channel',
      body: (id) => ({ kind: 'chat_channel', targetId: id }),
    },
    {
      name: 'voice pause reasonId',
      who: 'agent',
      method: 'POST',
      url: () => '/api/presence/me/voice/pause',
      kind: 'pauseReason',
      body: (id) => ({ reasonId: id }),
    },
    {
      name: 'supervisor pause reasonId',
      who: 'admin',
      method: 'POST',
      url: () => `/api/presence/agents/${demo.agent}/pause`,
      kind: 'pauseReason',
      body: (id) => ({ kind: 'voice', reasonId: id }),
    },
    {
      name: 'supervisor chat pause channelId',
      who: 'admin',
      method: 'POST',
      url: () => `/api/presence/agents/${demo.agent}/pause`,
      kind: 'channel',
      body: (id) => ({ kind: 'chat', channelId: id, reasonId: outra.pauseReason }),
    },
    {
      name: 'logout targetId',
      who: 'agent',
      method: 'POST',
      url: () => '/api/presence/me/logout',
      kind: 'voiceQueue',
      body: (id) => ({ kind: 'voice_queue', targetId: id }),
      noop: true,
    },
    {
      name: 'supervisor logout targetId',
      who: 'admin',
      method: 'POST',
      url: () => `/api/presence/agents/${demo.agent}/logout`,
      kind: 'voiceQueue',
      body: (id) => ({ kind: 'voice_queue', targetId: id }),
      noop: true,
    },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('%s: a foreign id is refused exactly like a random one', async (_name, c) => {
    const session = c.who === 'admin' ? admin : agent;
    const send = (id: string) => session.inject({ method: c.method, url: c.url(), payload: c.body(id) as object });
    const foreignId = outra[c.kind]!;
    expect(foreignId).toBeDefined();
    const foreign = await send(foreignId);
    const random = await send(crypto.randomUUID());
    if (c.noop) {
      // Still logged into Suporte: neither id touched the agent's presence.
      const logged = (res: typeof foreign) => [res.statusCode, res.json().voice.logged];
      expect([logged(foreign), logged(random)]).toEqual([
        [200, 1],
        [200, 1],
      ]);
      return;
    }
    expect([400, 404], foreign.body).toContain(foreign.statusCode);
    expect({ status: foreign.statusCode, error: foreign.json().error }).toEqual({ status: random.statusCode, error: random.json().error });
  });

  it('stored no id of the other organization in any row of this one', async () => {
    const foreignIds = Object.values(outra);
    const found = await t.app.platform.tenant.inSystem(async (s) => {
      const tables = rowsOf(
        await s.tx.execute(
          sql`select table_name from information_schema.columns where table_schema = current_schema() and column_name = 'organization_id' order by 1`,
        ),
      ).map((r) => String(r.table_name));
      const hits: string[] = [];
      for (const table of tables) {
        const rows = rowsOf(
          await s.tx.execute(
            sql`select count(*)::int as n from ${sql.identifier(table)} x where x.organization_id = ${demoOrg} and x::text like any (${sql.raw(`array[${foreignIds.map((id) => `'%${id}%'`).join(',')}]`)})`,
          ),
        );
        if (Number(rows[0]!.n)) hits.push(table);
      }
      return hits;
    });
    expect(found).toEqual([]);
  });
});
