import { createHmac } from 'node:crypto';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { nextEvent } from '../../../../test/sockets.js';
import { rowsOf } from '../../../../test/rows.js';
import { createTestApp, type Session, type TestApp } from '../../../../test/test-app.js';

type State = {
  attendanceId: string;
  status: string;
  protocol: string | null;
  queuePosition: number | null;
  agentName: string | null;
  surveyToken: string | null;
};
type Msg = { seq: number; authorKind: string; body: string; internal: boolean; authorName: string | null; attachment: { id: string } | null };
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

// SPEC CH-01: the widget's API end to end, against the real server and socket.
describe('web-chat widget API', () => {
  let t: TestApp;
  let url: string;
  let agent: Session;
  let token: string;
  let secret: string;
  let channelId: string;
  const sockets: Socket[] = [];

  const widget = (path: string, visitor?: string, payload?: object, method: 'GET' | 'POST' = 'POST') =>
    t.app.inject({
      method,
      url: `/api/widget/${token}${path}`,
      headers: visitor ? { 'x-visitor-token': visitor } : {},
      ...(payload ? { payload } : {}),
    });
  const session = async (visitorToken?: string) => (await widget('/session', undefined, visitorToken ? { visitorToken } : {})).json();
  const live = (visitorToken: string, channelToken = token) => {
    const s = connect(`${url}/widget`, { transports: ['websocket'], auth: { channelToken, visitorToken }, reconnection: false, forceNew: true });
    sockets.push(s);
    return s;
  };

  beforeAll(async () => {
    t = await createTestApp();
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    agent = await t.login('agente@demo.local');
    const channel = ((await agent.inject({ url: '/api/channels' })).json().items as { id: string; token: string; name: string }[]).find(
      (c) => c.name === 'WebChat',
    )!;
    token = channel.token;
    channelId = channel.id;
    expect((await agent.inject({ url: `/api/channels/${channel.id}/secret` })).statusCode).toBe(403);
    secret = (await (await t.login('admin@demo.local')).inject({ url: `/api/channels/${channel.id}/secret` })).json().secret;
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t.close();
  });

  it('refuses an unknown channel and an unknown visitor', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/widget/nao-existe-canal/session', payload: {} })).json().error.code).toBe(
      'WIDGET_CHANNEL_INVALID',
    );
    expect((await widget('/messages', 'x'.repeat(40), { body: 'oi' })).json().error.code).toBe('WIDGET_VISITOR_INVALID');
    const s = live('y'.repeat(40));
    expect((await nextEvent<Error>(s, 'connect_error')).message).toBe('WIDGET_VISITOR_INVALID');
  });

  it('validates the pre-chat form field by field', async () => {
    const { visitorToken } = await session();
    const res = await widget('/conversations', visitorToken, { email: 'nao-e-email', cpf: '111.111.111-11' });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['body.cpf', 'body.email', 'body.name']);
  });

  it('asks what the admin configured on the channel: fields and required ones (CH-01)', async () => {
    const admin = await t.login('admin@demo.local');
    // Its own queue, so its visitor does not wait ahead of the other tests' visitors.
    const queueId = (await admin.inject({ method: 'POST', url: '/api/queues', payload: { name: 'Fila do Site B', kind: 'chat' } })).json().id;
    const bad = await admin.inject({
      method: 'POST',
      url: '/api/channels',
      payload: { name: 'Site B', type: 'webchat', queueId, preChat: { fields: ['name'], required: ['cpf'] } },
    });
    expect(bad.statusCode).toBe(400);
    const created = await admin.inject({
      method: 'POST',
      url: '/api/channels',
      payload: { name: 'Site B', type: 'webchat', queueId, preChat: { fields: ['name', 'cpf', 'phone'], required: ['cpf'] } },
    });
    expect(created.statusCode).toBe(201);
    const channel = created.json();
    expect(channel.preChat).toEqual({ fields: ['name', 'cpf', 'phone'], required: ['cpf'] });
    const other = (path: string, visitor?: string, payload?: object) =>
      t.app.inject({
        method: 'POST',
        url: `/api/widget/${channel.token}${path}`,
        headers: visitor ? { 'x-visitor-token': visitor } : {},
        payload: payload ?? {},
      });
    const opened = (await other('/session')).json();
    expect(opened.channel.preChat).toEqual({ fields: ['name', 'cpf', 'phone'], required: ['cpf'] });
    const missing = await other('/conversations', opened.visitorToken, { name: 'Ana' });
    expect(missing.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['body.cpf']);
    expect((await other('/conversations', opened.visitorToken, { name: 'Ana', cpf: '529.982.247-25' })).statusCode).toBe(200);
    // Editing other fields keeps the form; a new form replaces it.
    const renamed = await admin.inject({ method: 'PATCH', url: `/api/channels/${channel.id}`, payload: { name: 'Site B2' } });
    expect(renamed.json().preChat).toEqual({ fields: ['name', 'cpf', 'phone'], required: ['cpf'] });
    const changed = await admin.inject({
      method: 'PATCH',
      url: `/api/channels/${channel.id}`,
      payload: { preChat: { fields: ['email'], required: [] } },
    });
    expect(changed.json().preChat).toEqual({ fields: ['email'], required: [] });
  });

  it('runs a whole conversation: waiting with position → agent → protocol → finished with survey', async () => {
    const s1 = await session();
    expect(s1).toMatchObject({ channel: { name: 'WebChat', preChat: { fields: ['name', 'email'], required: ['name'] } }, conversation: null });
    const started = (await widget('/conversations', s1.visitorToken, { name: 'Paula', email: 'paula@cliente.com.br' })).json() as State;
    expect(started).toMatchObject({ status: 'waiting', queuePosition: 1, protocol: null });
    expect(((await widget('/conversations', s1.visitorToken, { name: 'Paula' })).json() as State).attendanceId).toBe(started.attendanceId);

    const socket = live(s1.visitorToken);
    await nextEvent(socket, 'connect');
    const offered = new Promise<State>((resolve) => socket.on('state', (st: State) => st.status === 'assigned' && resolve(st)));
    await agent.inject({ method: 'POST', url: '/api/presence/me/login', payload: { kind: 'chat_channel', targetId: channelId } });
    expect(await offered).toMatchObject({ status: 'assigned', agentName: 'Alice Agente' });

    await widget('/messages', s1.visitorToken, { body: '<script>alert(1)</script> preciso de ajuda', clientId: 'visitor-msg-1' });
    const agentView = (await agent.inject({ url: `/api/attendances/${started.attendanceId}` })).json();
    expect(agentView.attendance.contact).toEqual({ name: 'Paula', email: 'paula@cliente.com.br' });
    expect(agentView.messages[0]).toMatchObject({ authorKind: 'contact', body: '<script>alert(1)</script> preciso de ajuda' });

    const received: Msg[] = [];
    socket.on('message', (m: Msg) => received.push(m));
    // Live pushes may arrive out of order (clients order by seq and fetch gaps): wait for both.
    const gotReply = new Promise<void>((resolve) =>
      socket.on('message', () => received.some((m) => m.authorKind === 'system') && received.some((m) => m.body === 'Olá Paula!') && resolve()),
    );
    await agent.inject({
      method: 'POST',
      url: `/api/attendances/${started.attendanceId}/messages`,
      payload: { body: 'nota interna', internal: true },
    });
    await agent.inject({ method: 'POST', url: `/api/attendances/${started.attendanceId}/messages`, payload: { body: 'Olá Paula!' } });
    await gotReply;
    expect(received.some((m) => m.internal || m.body === 'nota interna')).toBe(false);
    expect(JSON.parse(received.find((m) => m.authorKind === 'system')!.body).code).toBe('protocol');
    expect(received.find((m) => m.authorKind === 'agent')).toMatchObject({ body: 'Olá Paula!', authorName: 'Alice Agente' });

    // A reload resumes the same conversation, without notes.
    const resumed = await session(s1.visitorToken);
    expect(resumed.visitorToken).toBe(s1.visitorToken);
    expect(resumed.conversation).toMatchObject({ attendanceId: started.attendanceId, status: 'in_progress' });
    expect((resumed.messages as Msg[]).map((m) => m.authorKind)).toEqual(['contact', 'system', 'agent']);
    // seq 2 was the agent's internal note: the visitor's catch-up skips it.
    const missed = (await widget('/messages?afterSeq=3', s1.visitorToken, undefined, 'GET')).json().items as Msg[];
    expect(missed.map((m) => m.body)).toEqual(['Olá Paula!']);

    const finished = new Promise<State>((resolve) => socket.on('state', (st: State) => st.status === 'finished' && resolve(st)));
    await agent.inject({ method: 'POST', url: `/api/attendances/${started.attendanceId}/finalize`, payload: { classification: 'Resolvido' } });
    const end = await finished;
    expect(end.protocol).toMatch(/^\d{4}-\d{10}$/);
    expect(end.surveyToken).toBeTruthy();
    expect((await widget('/messages', s1.visitorToken, { body: 'mais uma' })).json().error.code).toBe('ATT_FINISHED');
    const again = (await widget('/conversations', s1.visitorToken, { name: 'Paula' })).json() as State;
    expect(again.attendanceId).not.toBe(started.attendanceId);
  });

  it('never lets one visitor read another’s conversation', async () => {
    const a = await session();
    const b = await session();
    await widget('/conversations', a.visitorToken, { name: 'Ana' });
    await widget('/messages', a.visitorToken, { body: 'segredo da Ana' });
    const bView = await session(b.visitorToken);
    expect(bView.conversation).toBeNull();
    expect(JSON.stringify(bView)).not.toContain('segredo');
    expect((await widget('/messages?afterSeq=0', b.visitorToken, undefined, 'GET')).json().items).toEqual([]);
  });

  it('passes visitor messages through the channels’ inbound store, once per client id', async () => {
    const { visitorToken } = await session();
    await widget('/conversations', visitorToken, { name: 'Bia' });
    const sent = await Promise.all([1, 2, 3].map(() => widget('/messages', visitorToken, { body: 'uma vez só', clientId: 'widget-msg-0001' })));
    expect(new Set(sent.map((r) => r.json().seq)).size).toBe(1);
    const rows = rowsOf(
      await t.database.db.execute(
        sql`select processed_at from channel_inbound_events where channel_id = ${channelId} and event_id like ${'%:widget-msg-0001'}`,
      ),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.processed_at).not.toBeNull();
  });

  it('verifies identity by HMAC and links the person; a forged hash is refused', async () => {
    const { visitorToken } = await session();
    const forged = await widget('/identify', visitorToken, { name: 'Carlos', email: 'carlos@cliente.com.br', hash: 'ab'.repeat(32) });
    expect(forged.json().error.code).toBe('WIDGET_IDENTITY_INVALID');
    const hash = createHmac('sha256', secret).update('carlos@cliente.com.br').digest('hex');
    const ok = await widget('/identify', visitorToken, { name: 'Carlos', email: 'carlos@cliente.com.br', hash });
    expect(ok.json()).toMatchObject({ verified: true, email: 'carlos@cliente.com.br' });
    const state = (await widget('/conversations', visitorToken, {})).json() as State;
    const detail = (await (await t.login('supervisor@demo.local')).inject({ url: `/api/attendances/${state.attendanceId}` })).json();
    expect(detail.attendance.personId).toBeTruthy();
  });

  // Issue item "widget identity can be borrowed": a signed e-mail does not vouch for a typed CPF.
  it('links a person only through signed identifiers, and an unsigned setUser forgets the signed link', async () => {
    const victim = await agent.inject({
      method: 'POST',
      url: '/api/persons',
      payload: { type: 'PF', name: 'Vítima Souza', document: '39053344705' },
    });
    expect(victim.statusCode).toBe(201);
    const sign = (value: string) => createHmac('sha256', secret).update(value).digest('hex');
    const supervisor = await t.login('supervisor@demo.local');
    const detail = async (id: string) => (await supervisor.inject({ url: `/api/attendances/${id}` })).json().attendance;

    const { visitorToken } = await session();
    const borrowed = await widget('/identify', visitorToken, {
      name: 'Intruso',
      email: 'intruso@ataque.com',
      cpf: '390.533.447-05',
      hash: sign('intruso@ataque.com'),
    });
    expect(borrowed.json()).toMatchObject({ verified: true, signed: ['email'], document: '39053344705' });
    expect(borrowed.json()).not.toHaveProperty('identityPersonId');
    const first = (await widget('/conversations', visitorToken, {})).json() as State;
    const a = await detail(first.attendanceId);
    expect(a.personId).toBeTruthy();
    expect(a.personId).not.toBe(victim.json().id);
    expect(a.contact).toEqual({ name: 'Intruso', email: 'intruso@ataque.com', document: '39053344705', signed: ['email'] });
    // A CPF signed on its own does find its person; a hash of another value is refused.
    const other = await session();
    const wrong = await widget('/identify', other.visitorToken, { cpf: '39053344705', hashes: { cpf: sign('11144477735') } });
    expect(wrong.json().error.code).toBe('WIDGET_IDENTITY_INVALID');
    const cpfSigned = await widget('/identify', other.visitorToken, { cpf: '390.533.447-05', hashes: { cpf: sign('39053344705') } });
    expect(cpfSigned.json()).toMatchObject({ verified: true, signed: ['document'] });
    const owned = (await widget('/conversations', other.visitorToken, {})).json() as State;
    expect((await detail(owned.attendanceId)).personId).toBe(victim.json().id);

    // Re-identifying without a hash: not verified, nothing signed, and the earlier link is gone.
    const returning = await session();
    const signedIn = await widget('/identify', returning.visitorToken, {
      name: 'Joana',
      email: 'joana@cliente.com.br',
      hashes: { email: sign('joana@cliente.com.br') },
    });
    expect(signedIn.json()).toMatchObject({ verified: true, signed: ['email'] });
    const unsigned = await widget('/identify', returning.visitorToken, { name: 'Joana', email: 'joana@cliente.com.br' });
    expect(unsigned.json()).toMatchObject({ verified: false });
    expect(unsigned.json()).not.toHaveProperty('signed');
    expect((await session(returning.visitorToken)).profile).toMatchObject({ verified: false });
    const later = (await widget('/conversations', returning.visitorToken, { name: 'Joana' })).json() as State;
    const b = await detail(later.attendanceId);
    expect(b.personId).toBeNull();
    expect(b.contact).toEqual({ name: 'Joana', email: 'joana@cliente.com.br' });
  });

  // The widget kept "Aguardando atendimento" after the agent answered: the answer now pushes the
  // state, and the reconnect catch-up carries it for a widget that missed the pushes.
  it('tells the visitor who serves them: live when service starts, and in the catch-up after a reconnect', async () => {
    const { visitorToken } = await session();
    const started = (await widget('/conversations', visitorToken, { name: 'Rita' })).json() as State;
    const supervisor = await t.login('supervisor@demo.local');
    expect((await supervisor.inject({ method: 'POST', url: `/api/attendances/${started.attendanceId}/take` })).statusCode).toBeLessThan(300);

    // Offered and taken while no widget was listening: the catch-up says so.
    const caughtUp = (await widget('/messages?afterSeq=0', visitorToken, undefined, 'GET')).json() as { items: Msg[]; conversation: State };
    expect(caughtUp.conversation).toMatchObject({
      attendanceId: started.attendanceId,
      status: 'assigned',
      agentName: 'Sérgio Supervisor',
      queuePosition: null,
    });

    const socket = live(visitorToken);
    await nextEvent(socket, 'connect');
    const inService = new Promise<State>((resolve) => socket.on('state', (st: State) => st.status === 'in_progress' && resolve(st)));
    await supervisor.inject({
      method: 'POST',
      url: `/api/attendances/${started.attendanceId}/messages`,
      payload: { body: 'Oi Rita, aqui é o Sérgio.' },
    });
    expect(await inService).toMatchObject({ agentName: 'Sérgio Supervisor', queuePosition: null });

    const after = (await widget('/messages?afterSeq=0', visitorToken, undefined, 'GET')).json() as {
      items: Msg[];
      conversation: State & { lastSeq: number };
    };
    expect(after.conversation).toMatchObject({ status: 'in_progress', agentName: 'Sérgio Supervisor' });
    expect(after.conversation.lastSeq).toBe(Math.max(...after.items.map((m) => m.seq)));
  });

  it('accepts images and PDFs only, checked by their bytes', async () => {
    const { visitorToken } = await session();
    await widget('/conversations', visitorToken, { name: 'Foto' });
    const upload = (name: string, data: Buffer) => {
      const boundary = '----w' + Math.random().toString(16).slice(2);
      const payload = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/png\r\n\r\n`),
        data,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return t.app.inject({
        method: 'POST',
        url: `/api/widget/${token}/attachments`,
        headers: { 'x-visitor-token': visitorToken, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload,
      });
    };
    expect((await upload('x.png', Buffer.from('MZ executable'))).json().error.code).toBe('ATTACHMENT_INVALID');
    // Over 10 MB is "too large" (413), not a validation error.
    const huge = await upload('grande.png', Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error).toMatchObject({
      code: 'ATTACHMENT_TOO_LARGE',
      message: 'O arquivo passa de 10 MB. Envie imagens ou PDF de até 10 MB.',
    });
    const ok = await upload('foto.png', PNG);
    expect(ok.statusCode).toBe(200);
    const m = ok.json() as Msg;
    const file = await widget(`/attachments/${m.attachment!.id}`, visitorToken, undefined, 'GET');
    expect(file.headers['content-type']).toBe('image/png');
    const other = (await session()).visitorToken;
    expect((await widget(`/attachments/${m.attachment!.id}`, other, undefined, 'GET')).statusCode).toBe(404);
    // The token is never taken from the address, where logs and histories would keep it.
    expect((await t.app.inject({ url: `/api/widget/${token}/attachments/${m.attachment!.id}?v=${visitorToken}` })).statusCode).toBe(401);
  });
});

describe('web-chat widget on other sites (CORS)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers preflights and marks responses readable from any origin, without cookies', async () => {
    const pre = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/widget/any-token/messages',
      headers: {
        origin: 'https://loja.exemplo.com.br',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, x-visitor-token',
      },
    });
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe('*');
    expect(String(pre.headers['access-control-allow-headers'])).toContain('x-visitor-token');
    expect(pre.headers['access-control-allow-credentials']).toBeUndefined();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/widget/nao-existe/session',
      headers: { origin: 'https://loja.exemplo.com.br' },
      payload: {},
    });
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const staff = await t.app.inject({ url: '/api/auth/me', headers: { origin: 'https://loja.exemplo.com.br' } });
    expect(staff.headers['access-control-allow-origin']).toBeUndefined();
  });
});
