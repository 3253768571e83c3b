import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSalesforceFake, type SalesforceFake } from '../../../../test/fakes/salesforce-fake.js';
import { createTestApp, type Session, type TestApp } from '../../../../test/test-app.js';
import { multipart } from '../../../../test/uploads.js';
import { salesforceSettings } from '../../../db/schema/integrations.js';
import { assignAttendance, openAttendance, postContactMessage, signedTranscriptLink } from '../../attendances/index.js';
import { signedRecordingLink } from '../../voice/index.js';

// SPEC CRM-01…CRM-03 (seed 003) against a local Salesforce speaking the REST wire format.
const AUDIO = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(2045, 9)]);
const CPF = '52998224725';

type Sync = {
  id: string;
  status: string;
  caseId: string | null;
  taskId: string | null;
  attempts: number;
  lastError: string | null;
  operation: string;
};

describe('Salesforce: Case on answer, Task on hang-up (SPEC CRM-01…CRM-03)', () => {
  let t: TestApp;
  let sf: SalesforceFake;
  let pbx: Server;
  let pbxUrl: string;
  let admin: Session;
  let agent: Session;
  let webchat: { id: string; queueId: string };
  let seq = 0;
  let contactId: string;
  let accountId: string;
  let userId: string;

  const cti = (payload: object) => t.app.inject({ method: 'POST', url: '/api/voice/cti/demo-cti-token', payload });
  const settingsBody = (over: object = {}) => ({
    enabled: true,
    loginUrl: sf.url,
    clientId: sf.clientId,
    clientSecret: sf.clientSecret,
    apiVersion: '62.0',
    ...over,
  });
  /** A PBX call answered by agente@demo.local (Ramal 2001); returns Atende's call with its protocol. */
  const answeredCall = async (from: string) => {
    const externalId = `sf-${Date.now()}-${++seq}`;
    const created = await cti({ event: 'newCall', direction: 'in', from, to: '4000', callId: externalId, queue: 'Suporte' });
    expect(created.statusCode, created.body).toBe(200);
    expect((await cti({ event: 'answer', direction: 'in', callId: externalId, user: '2001' })).statusCode).toBe(200);
    const call = (await admin.inject({ url: `/api/voice/calls/${created.json().callId}` })).json() as {
      id: string;
      protocol: string;
      attendanceId: string;
    };
    return { ...call, externalId };
  };
  const caseOf = (protocol: string) =>
    vi.waitFor(
      () => {
        const found = sf.all('Case').filter((c) => c.Subject === `Protocolo ${protocol}`);
        expect(found).toHaveLength(1);
        return found[0]!;
      },
      { timeout: 20_000 },
    );
  /** A web-chat attendance offered to agente@demo.local, with the contact's first message. */
  const chatAttendance = async (contact: { name: string; email?: string; phone?: string; document?: string }) => {
    const platform = t.app.platform;
    const org = admin.me.organizationId;
    const a = await platform.tenant.inTenant(org, null, async (s) => {
      const opened = await openAttendance(platform, s, {
        channelId: webchat.id,
        channelType: 'webchat',
        queueId: webchat.queueId,
        contact,
        contactIdentity: `visitor-sf-${++seq}`,
        personId: null,
        priority: 0,
      });
      await postContactMessage(platform, s, opened.id, { body: 'Minha entrega atrasou', clientId: null, attachmentId: null }, new Date());
      return opened;
    });
    await platform.tenant.inTenant(org, null, (s) => assignAttendance(platform, s, a.id, agent.me.id, new Date()));
    return a.id;
  };
  const reply = async (attendanceId: string, body: string, extra: object = {}) => {
    const res = await agent.inject({ method: 'POST', url: `/api/attendances/${attendanceId}/messages`, payload: { body, ...extra } });
    expect(res.statusCode, res.body).toBe(200);
  };
  const protocolOf = async (attendanceId: string) =>
    (await agent.inject({ url: `/api/attendances/${attendanceId}` })).json().attendance.protocol as string;
  const finalize = async (attendanceId: string) => {
    const res = await agent.inject({
      method: 'POST',
      url: `/api/attendances/${attendanceId}/finalize`,
      payload: { classification: 'Dúvida esclarecida' },
    });
    expect(res.statusCode, res.body).toBe(200);
  };
  /** Everything Atende sent to Salesforce about this protocol (other tests' jobs may still be running). */
  const aboutProtocol = (protocol: string) =>
    sf.requests.filter((r) => JSON.stringify(r.body ?? {}).includes(protocol) || r.soql?.includes(protocol));
  const caseCreates = (protocol: string) =>
    sf.requests.filter((r) => r.method === 'POST' && r.path === '/sobjects/Case' && r.body?.Subject === `Protocolo ${protocol}`);
  const syncOf = async (attendanceId: string) =>
    (await admin.inject({ url: `/api/integrations/salesforce/attendances/${attendanceId}` })).json() as { enabled: boolean; sync: Sync | null };

  beforeAll(async () => {
    sf = await startSalesforceFake();
    t = await createTestApp({ config: { allowPrivateTargets: true, salesforceRetryBaseSeconds: 1 } });
    pbx = createServer((_req, res) => res.writeHead(200, { 'content-type': 'audio/mpeg', 'content-length': AUDIO.length }).end(AUDIO));
    await new Promise<void>((resolve) => pbx.listen(0, '127.0.0.1', resolve));
    pbxUrl = `http://127.0.0.1:${(pbx.address() as AddressInfo).port}`;
    admin = await t.login('admin@demo.local');
    agent = await t.login('agente@demo.local');
    webchat = ((await admin.inject({ url: '/api/channels' })).json().items as { id: string; queueId: string; name: string }[]).find(
      (c) => c.name === 'WebChat',
    )!;
    accountId = sf.seed('Account', { Name: 'Padaria Pão Quente', CPF_CNPJ__c: CPF });
    contactId = sf.seed('Contact', { LastName: 'Souza', FirstName: 'Maria', Phone: '+5511987654321', AccountId: accountId });
    userId = sf.seed('User', { Email: 'agente@demo.local', IsActive: true });
    const person = await admin.inject({
      method: 'POST',
      url: '/api/persons',
      payload: { type: 'PF', name: 'Maria Souza', document: '529.982.247-25', phones: ['(11) 98765-4321'] },
    });
    expect(person.statusCode, person.body).toBe(201);
  });
  afterAll(async () => {
    await new Promise((resolve) => pbx.close(resolve));
    await t.close();
    await sf.close();
  });
  beforeEach(async () => {
    const res = await admin.inject({ method: 'PUT', url: '/api/integrations/salesforce', payload: settingsBody() });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('keeps the secrets write-only: sealed at rest, never answered', async () => {
    const view = (await admin.inject({ url: '/api/integrations/salesforce' })).json();
    expect(view).toMatchObject({
      enabled: true,
      loginUrl: sf.url,
      clientId: sf.clientId,
      hasClientSecret: true,
      hasPrivateKey: false,
      documentField: 'CPF_CNPJ__c',
    });
    expect(JSON.stringify(view)).not.toContain(sf.clientSecret);
    const [row] = await t.database.db.select().from(salesforceSettings);
    expect(row!.clientSecretSealed).toMatch(/^v1\./);
    expect(row!.clientSecretSealed).not.toContain(sf.clientSecret);
    // A save without the secret keeps it.
    const kept = await admin.inject({ method: 'PUT', url: '/api/integrations/salesforce', payload: { ...settingsBody(), clientSecret: undefined } });
    expect(kept.json().hasClientSecret).toBe(true);
    const agent = await t.login('agente@demo.local');
    expect((await agent.inject({ url: '/api/integrations/salesforce' })).json().error.code).toBe('AUTH_FORBIDDEN');
  });

  it('"Testar conexão" gets a client-credentials token, and names a refused secret', async () => {
    const before = sf.tokensIssued;
    expect((await admin.inject({ method: 'POST', url: '/api/integrations/salesforce/test' })).json()).toEqual({
      ok: true,
      instanceUrl: sf.url,
      error: null,
    });
    expect(sf.tokensIssued).toBe(before + 1);
    await admin.inject({ method: 'PUT', url: '/api/integrations/salesforce', payload: settingsBody({ clientSecret: 'errado' }) });
    const bad = (await admin.inject({ method: 'POST', url: '/api/integrations/salesforce/test' })).json();
    expect(bad).toMatchObject({ ok: false, error: { code: 'SALESFORCE_AUTH_FAILED' } });
  });

  it('"Testar conexão" with JWT bearer signs an assertion for the integration user', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const saved = await admin.inject({
      method: 'PUT',
      url: '/api/integrations/salesforce',
      payload: settingsBody({ authType: 'jwt', clientSecret: '', username: 'integracao@demo.example', privateKey: pem }),
    });
    expect(saved.json()).toMatchObject({ authType: 'jwt', username: 'integracao@demo.example', hasPrivateKey: true, hasClientSecret: false });
    expect(saved.body).not.toContain('PRIVATE KEY');
    expect((await admin.inject({ method: 'POST', url: '/api/integrations/salesforce/test' })).json()).toMatchObject({ ok: true });
    expect(sf.assertions.at(-1)).toMatchObject({ iss: sf.clientId, sub: 'integracao@demo.example', aud: sf.url });
    await admin.inject({ method: 'PUT', url: '/api/integrations/salesforce', payload: settingsBody({ privateKey: '' }) });
  });

  it('opens a Case filled from Salesforce on answer, and a Task with the protocol and a signed recording link on hang-up', async () => {
    const call = await answeredCall('11987654321');
    const found = await caseOf(call.protocol);
    expect(found).toMatchObject({
      Origin: 'Phone',
      SuppliedPhone: '11987654321',
      ContactId: contactId,
      AccountId: accountId,
      OwnerId: userId,
      CPF_CNPJ__c: CPF,
    });
    await vi.waitFor(async () => expect((await syncOf(call.attendanceId)).sync).toMatchObject({ status: 'synced', caseId: found.Id }), {
      timeout: 10_000,
    });

    expect((await cti({ event: 'hangup', direction: 'in', callId: call.externalId, cause: 'normalClearing' })).statusCode).toBe(200);
    const task = await vi.waitFor(
      () => {
        const [only] = sf.all('Task').filter((x) => x.WhatId === found.Id);
        expect(only).toMatchObject({ Subject: call.protocol, TaskSubtype: 'Call', CallType: 'Inbound', Status: 'Completed' });
        return only!;
      },
      { timeout: 20_000 },
    );
    expect(typeof task.CallDurationInSeconds).toBe('number');

    // The recording arrives after the hang-up: the Task's "Comentários" get its link.
    expect((await cti({ event: 'recording', callId: call.externalId, recordingUrl: `${pbxUrl}/rec.mp3` })).statusCode).toBe(200);
    const link = await vi.waitFor(
      () => {
        expect(String(task.Description)).toMatch(/\/api\/recordings\/[0-9a-f-]+\/link\?/);
        return new URL(String(task.Description));
      },
      { timeout: 20_000 },
    );
    expect(sf.all('Task').filter((x) => x.WhatId === found.Id)).toHaveLength(1);

    // Downloads without a session; refuses a tampered or an expired link.
    const download = await t.app.inject({ url: link.pathname + link.search });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(AUDIO)).toBe(true);
    const tampered = new URL(link);
    tampered.searchParams.set('expires', String(Number(link.searchParams.get('expires')) + 60));
    expect((await t.app.inject({ url: tampered.pathname + tampered.search })).json().error.code).toBe('RECORDING_LINK_INVALID');
    const recordingId = link.pathname.split('/')[3]!;
    const old = new URL(signedRecordingLink(t.app.platform, admin.me.organizationId, recordingId, Date.now() - 8 * 86_400_000));
    expect((await t.app.inject({ url: old.pathname + old.search })).statusCode).toBe(403);
  });

  it('leaves empty what Salesforce does not have', async () => {
    const call = await answeredCall('21912345678');
    const found = await caseOf(call.protocol);
    expect(found).toMatchObject({ SuppliedPhone: '21912345678', ContactId: null, AccountId: null, CPF_CNPJ__c: null, Origin: 'Phone' });
    expect(found.OwnerId).toBe(userId);
  });

  it('leaves the owner to the integration user when the agent has no Salesforce user', async () => {
    const user = sf.all('User')[0]!;
    user.Email = 'outra.pessoa@example.com';
    try {
      const found = await caseOf((await answeredCall('11987654321')).protocol);
      expect(found).not.toHaveProperty('OwnerId');
      expect(found.ContactId).toBe(contactId);
    } finally {
      user.Email = 'agente@demo.local';
    }
  });

  it('gets a new token when the session expired (401 INVALID_SESSION_ID) and goes on', async () => {
    await caseOf((await answeredCall('11987654321')).protocol);
    const tokens = sf.tokensIssued;
    sf.expireTokens();
    const call = await answeredCall('11987654321');
    await caseOf(call.protocol);
    expect(sf.tokensIssued).toBe(tokens + 1);
    await vi.waitFor(async () => expect((await syncOf(call.attendanceId)).sync).toMatchObject({ status: 'synced', attempts: 0 }), {
      timeout: 10_000,
    });
  });

  it('a 500 from Salesforce is retried with backoff and opens exactly one Case', async () => {
    sf.failNext(1, {
      method: 'POST',
      path: /\/sobjects\/Case$/,
      status: 500,
      body: [{ message: 'An unexpected error occurred', errorCode: 'UNKNOWN_EXCEPTION' }],
    });
    const call = await answeredCall('11987654321');
    const found = await caseOf(call.protocol);
    await vi.waitFor(async () => expect((await syncOf(call.attendanceId)).sync).toMatchObject({ status: 'synced' }), { timeout: 10_000 });
    const log = (await admin.inject({ url: '/api/integrations/salesforce/syncs' })).json().items as Sync[];
    expect(log.find((x) => x.caseId === found.Id)).toMatchObject({ status: 'synced', operation: 'case' });
    await t.settle();
    expect(sf.all('Case').filter((c) => c.Subject === `Protocolo ${call.protocol}`)).toHaveLength(1);
    const creates = sf.requests.filter((r) => r.method === 'POST' && r.path === '/sobjects/Case' && r.body?.Subject === `Protocolo ${call.protocol}`);
    expect(creates).toHaveLength(2);
  });

  it('a Case created whose answer was lost is found by its protocol, not created again', async () => {
    sf.failNext(1, {
      method: 'POST',
      path: /\/sobjects\/Case$/,
      status: 503,
      body: [{ message: 'Service Unavailable', errorCode: 'SERVER_UNAVAILABLE' }],
      afterApply: true,
    });
    const call = await answeredCall('11987654321');
    const found = await caseOf(call.protocol);
    await vi.waitFor(async () => expect((await syncOf(call.attendanceId)).sync).toMatchObject({ status: 'synced', caseId: found.Id }), {
      timeout: 10_000,
    });
    await t.settle();
    expect(sf.all('Case').filter((c) => c.Subject === `Protocolo ${call.protocol}`)).toHaveLength(1);
    expect(sf.requests.some((r) => r.soql?.includes(`FROM Case WHERE Subject = 'Protocolo ${call.protocol}'`))).toBe(true);
  });

  it('"Tentar novamente" runs a failed sync again at once', async () => {
    sf.failNext(50, {
      method: 'POST',
      path: /\/sobjects\/Case$/,
      status: 400,
      body: [{ message: 'Required fields are missing: [Status]', errorCode: 'REQUIRED_FIELD_MISSING', fields: ['Status'] }],
    });
    const call = await answeredCall('11987654321');
    const failed = await vi.waitFor(
      async () => {
        const { sync } = await syncOf(call.attendanceId);
        expect(sync).toMatchObject({ status: 'failed', operation: 'case', caseId: null });
        expect(sync!.lastError).toContain('REQUIRED_FIELD_MISSING');
        return sync!;
      },
      { timeout: 10_000 },
    );
    const log = (await admin.inject({ url: '/api/integrations/salesforce/syncs' })).json().items as Sync[];
    expect(log.find((x) => x.id === failed.id)).toMatchObject({ status: 'failed' });
    // The admin fixed Salesforce; "Tentar novamente" does not wait for the next backoff.
    sf.clearFailures();
    const retried = await admin.inject({ method: 'POST', url: `/api/integrations/salesforce/syncs/${failed.id}/retry` });
    expect(retried.statusCode).toBe(202);
    const found = await caseOf(call.protocol);
    await vi.waitFor(async () => expect((await syncOf(call.attendanceId)).sync).toMatchObject({ status: 'synced', caseId: found.Id }), {
      timeout: 10_000,
    });
  });
  describe('chat attendances (optional per organization)', () => {
    it('switch off (the default): a chat reply and "Finalizar" send nothing to Salesforce', async () => {
      expect((await admin.inject({ url: '/api/integrations/salesforce' })).json().chats).toBe(false);
      const id = await chatAttendance({ name: 'Maria Souza', email: 'maria@example.com' });
      await reply(id, 'Olá, Maria!');
      await finalize(id);
      await t.settle();
      expect(aboutProtocol(await protocolOf(id))).toEqual([]);
      expect(await syncOf(id)).toEqual({ enabled: false, sync: null });
    });

    it('switch on: a Case at the first reply, a Task with a transcript link at "Finalizar"', async () => {
      const saved = await admin.inject({ method: 'PUT', url: '/api/integrations/salesforce', payload: settingsBody({ chats: true }) });
      expect(saved.json().chats).toBe(true);
      const id = await chatAttendance({ name: 'Maria Souza', email: 'maria@example.com', phone: '(11) 98765-4321', document: '529.982.247-25' });
      // An internal note is no reply: no protocol yet, and no sync.
      await reply(id, 'cliente VIP', { internal: true });
      await t.settle();
      expect((await syncOf(id)).sync).toBeNull();

      await reply(id, 'Olá, Maria! Vou verificar.');
      const protocol = await protocolOf(id);
      const found = await caseOf(protocol);
      expect(found).toMatchObject({
        Origin: 'Web',
        SuppliedPhone: '(11) 98765-4321',
        SuppliedEmail: 'maria@example.com',
        ContactId: contactId,
        AccountId: accountId,
        OwnerId: userId,
        CPF_CNPJ__c: CPF,
      });
      await vi.waitFor(
        async () => expect(await syncOf(id)).toMatchObject({ enabled: true, sync: { status: 'synced', caseId: found.Id, taskId: null } }),
        {
          timeout: 10_000,
        },
      );

      // Later replies open no second Case; an attachment's name goes into the transcript.
      const upload = await agent.inject({
        method: 'POST',
        url: `/api/attendances/${id}/attachments`,
        ...multipart('comprovante.pdf', 'application/pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 32)])),
      });
      expect(upload.statusCode, upload.body).toBe(200);
      await reply(id, 'Segue o comprovante.', { attachmentId: upload.json().id });
      await finalize(id);
      const task = await vi.waitFor(
        () => {
          const [only] = sf.all('Task').filter((x) => x.WhatId === found.Id);
          expect(only).toMatchObject({ Subject: protocol, TaskSubtype: 'Task', Status: 'Completed' });
          return only!;
        },
        { timeout: 20_000 },
      );
      expect(task).not.toHaveProperty('CallType');
      expect(caseCreates(protocol)).toHaveLength(1);
      await vi.waitFor(async () => expect((await syncOf(id)).sync).toMatchObject({ status: 'synced', caseId: found.Id, taskId: task.Id }), {
        timeout: 10_000,
      });

      // The link opens the transcript without a session: time, author, text, attachment names, no notes.
      const link = new URL(String(task.Description));
      expect(link.pathname).toBe(`/api/attendances/${id}/transcript-link`);
      const opened = await t.app.inject({ url: link.pathname + link.search });
      expect(opened.statusCode).toBe(200);
      expect(opened.headers['content-type']).toMatch(/^text\/plain/);
      const agentName = (await agent.inject({ url: `/api/attendances/${id}` }))
        .json()
        .messages.find((m: { authorKind: string }) => m.authorKind === 'agent').authorName as string;
      const lines = opened.body.split('\n');
      expect(lines[0]).toBe(`Atendimento ${protocol} — Maria Souza`);
      expect(lines).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^\[\d{2}\/\d{2}\/\d{4},? \d{2}:\d{2}:\d{2}\] Maria Souza: Minha entrega atrasou$/),
          expect.stringMatching(new RegExp(`^\\[.+\\] Sistema: Seu atendimento foi registrado com o protocolo ${protocol}\\.$`)),
          expect.stringMatching(new RegExp(`^\\[.+\\] ${agentName}: Olá, Maria! Vou verificar\\.$`)),
          expect.stringMatching(new RegExp(`^\\[.+\\] ${agentName}: Segue o comprovante\\. \\[Anexo: comprovante\\.pdf\\]$`)),
        ]),
      );
      expect(opened.body).not.toContain('cliente VIP');
      const events = (await agent.inject({ url: `/api/attendances/${id}` })).json().events as { type: string }[];
      expect(events.map((e) => e.type)).toContain('transcript_opened');

      // A tampered or an expired link is refused.
      const tampered = new URL(link);
      tampered.searchParams.set('expires', String(Number(link.searchParams.get('expires')) + 60));
      const refused = await t.app.inject({ url: tampered.pathname + tampered.search });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe('TRANSCRIPT_LINK_INVALID');
      const old = new URL(signedTranscriptLink(t.app.platform, admin.me.organizationId, id, Date.now() - 8 * 86_400_000));
      expect((await t.app.inject({ url: old.pathname + old.search })).json().error.code).toBe('TRANSCRIPT_LINK_INVALID');
      // A recording link's signature is no transcript link's.
      const recording = new URL(signedRecordingLink(t.app.platform, admin.me.organizationId, id));
      expect((await t.app.inject({ url: `${link.pathname}${recording.search}` })).statusCode).toBe(403);
    });

    it('a retried chat job finds the Case whose answer was lost instead of opening a second one', async () => {
      await admin.inject({ method: 'PUT', url: '/api/integrations/salesforce', payload: settingsBody({ chats: true }) });
      sf.failNext(1, {
        method: 'POST',
        path: /\/sobjects\/Case$/,
        status: 503,
        body: [{ message: 'Service Unavailable', errorCode: 'SERVER_UNAVAILABLE' }],
        afterApply: true,
      });
      const id = await chatAttendance({ name: 'João Lima' });
      await reply(id, 'Bom dia!');
      const protocol = await protocolOf(id);
      const found = await caseOf(protocol);
      expect(found).toMatchObject({ Origin: 'Web', SuppliedPhone: null, SuppliedEmail: null, ContactId: null });
      await vi.waitFor(async () => expect((await syncOf(id)).sync).toMatchObject({ status: 'synced', caseId: found.Id }), { timeout: 10_000 });
      await reply(id, 'Posso ajudar?');
      await t.settle();
      expect(sf.all('Case').filter((c) => c.Subject === `Protocolo ${protocol}`)).toHaveLength(1);
      expect(caseCreates(protocol)).toHaveLength(1);
      expect(sf.requests.some((r) => r.soql?.includes(`FROM Case WHERE Subject = 'Protocolo ${protocol}'`))).toBe(true);
    });

    it('a failed chat Task shows on the attendance and in the log, and "Tentar novamente" writes it', async () => {
      await admin.inject({ method: 'PUT', url: '/api/integrations/salesforce', payload: settingsBody({ chats: true }) });
      const id = await chatAttendance({ name: 'Ana Reis', email: 'ana@example.com' });
      await reply(id, 'Olá, Ana!');
      const protocol = await protocolOf(id);
      const found = await caseOf(protocol);
      sf.failNext(50, {
        method: 'POST',
        path: /\/sobjects\/Task$/,
        status: 400,
        body: [
          { message: 'bad value for restricted picklist field: Task', errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', fields: ['TaskSubtype'] },
        ],
      });
      await finalize(id);
      const failed = await vi.waitFor(
        async () => {
          const { sync } = await syncOf(id);
          expect(sync).toMatchObject({ kind: 'chat', status: 'failed', operation: 'task', caseId: found.Id, taskId: null });
          expect(sync!.lastError).toContain('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST');
          return sync!;
        },
        { timeout: 10_000 },
      );
      const log = (await admin.inject({ url: '/api/integrations/salesforce/syncs' })).json().items as (Sync & { kind: string })[];
      expect(log.find((x) => x.id === failed.id)).toMatchObject({ kind: 'chat', status: 'failed', protocol });
      sf.clearFailures();
      expect((await agent.inject({ method: 'POST', url: `/api/integrations/salesforce/syncs/${failed.id}/retry` })).statusCode).toBe(202);
      await vi.waitFor(async () => expect((await syncOf(id)).sync).toMatchObject({ status: 'synced', taskId: expect.any(String) }), {
        timeout: 10_000,
      });
      expect(sf.all('Task').filter((x) => x.WhatId === found.Id)).toHaveLength(1);
      expect(caseCreates(protocol)).toHaveLength(1);
    });

    it('an attendance finished before any reply opens no Case', async () => {
      await admin.inject({ method: 'PUT', url: '/api/integrations/salesforce', payload: settingsBody({ chats: true }) });
      const id = await chatAttendance({ name: 'Sem Resposta' });
      await finalize(id);
      await t.settle();
      expect(aboutProtocol(await protocolOf(id))).toEqual([]);
      expect((await syncOf(id)).sync).toBeNull();
    });
  });
});

describe('Salesforce with the private-target guard on', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { allowPrivateTargets: false } });
  });
  afterAll(() => t.close());

  it('refuses a private or loopback login URL', async () => {
    const admin = await t.login('admin@demo.local');
    for (const loginUrl of ['http://127.0.0.1:8080', 'http://10.0.0.5', 'http://[::1]:9000']) {
      const res = await admin.inject({
        method: 'PUT',
        url: '/api/integrations/salesforce',
        payload: { enabled: true, loginUrl, clientId: 'x', clientSecret: 'y' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual([expect.objectContaining({ path: 'body.loginUrl', rule: 'private_target' })]);
    }
  });
});
