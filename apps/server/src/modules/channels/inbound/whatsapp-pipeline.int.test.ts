import { providerChannel } from '../../../../test/fixtures/channels.js';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '@atende/shared';
import { createTestApp, type Session, type TestApp } from '../../../../test/test-app.js';
import { rowsOf } from '../../../../test/rows.js';
import { lockContactAttendances, postContactMessagesToOpen } from '../../attendances/index.js';
import { startWhatsappFake, type WhatsappFake } from '../../../../test/fakes/whatsapp-fake.js';
import { buildEnvelope, buildStatusWebhook, buildTextWebhook, newWamid, signatureOf } from '../../../../test/fakes/whatsapp-webhooks.js';

// SPEC CH-02, ATT-05, PER-03 through the whole pipeline, against a local Graph API: the handshake,
// signatures, 3× and out-of-order deliveries, ticks that only move forward, retries, the 24-hour window.

const PHONE_ID = '100000000000009';
const APP_SECRET = 'test-whatsapp-app-secret';
const VERIFY = 'test-whatsapp-verify-token';

describe('WhatsApp channel pipeline', () => {
  let t: TestApp;
  let fake: WhatsappFake;
  let agent: Session;
  let channelId: string;
  let webhookUrl: string;

  const post = (payload: unknown, signature: string | null = signatureOf(JSON.stringify(payload), APP_SECRET)) =>
    t.app.inject({
      method: 'POST',
      url: '/api/webhooks/whatsapp',
      headers: { 'content-type': 'application/json', ...(signature ? { 'x-hub-signature-256': signature } : {}) },
      payload: JSON.stringify(payload),
    });
  const stored = async () =>
    Number(rowsOf(await t.database.db.execute(sql`select count(*)::int as n from channel_inbound_events where channel_id = ${channelId}`))[0]!.n);
  const detailOf = async (waId: string) => {
    for (const a of (await agent.inject({ url: '/api/attendances' })).json().items as { id: string; channelId: string }[]) {
      const d = (await agent.inject({ url: `/api/attendances/${a.id}` })).json();
      if (a.channelId === channelId && d.attendance.contact.phone === `+${waId}`) return d;
    }
    return undefined;
  };
  const openFor = async (waId: string) => {
    let d: Awaited<ReturnType<typeof detailOf>>;
    await expect.poll(async () => (d = await detailOf(waId)) !== undefined, { timeout: 15_000 }).toBe(true);
    return d!;
  };
  const messageOf = async (attendanceId: string, id: string) =>
    ((await agent.inject({ url: `/api/attendances/${attendanceId}` })).json().messages as Message[]).find((m) => m.id === id)!;

  /** Runs `fn` while the database refuses any message with this body, as a fault between the steps of a batch would. */
  const whileRefused = async (body: string, fn: () => Promise<void>) => {
    const name = `refuse_${body.replace(/\W/g, '_')}`;
    await t.database.db.execute(
      sql.raw(`create function ${name}() returns trigger language plpgsql as $$
        begin if new.body = '${body}' then raise exception 'recusada'; end if; return new; end $$`),
    );
    await t.database.db.execute(sql.raw(`create trigger ${name} before insert on attendance_messages for each row execute function ${name}()`));
    try {
      await fn();
    } finally {
      await t.database.db.execute(sql.raw(`drop trigger ${name} on attendance_messages`));
      await t.database.db.execute(sql.raw(`drop function ${name}()`));
    }
  };

  beforeAll(async () => {
    fake = await startWhatsappFake({ accessToken: 'test-whatsapp-access-token' });
    t = await createTestApp({ config: { metaGraphUrl: fake.url } });
    webhookUrl = `${await t.app.listen({ port: 0, host: '127.0.0.1' })}/api/webhooks/whatsapp`;
    const admin = await t.login('admin@demo.local');
    agent = await t.login('agente@demo.local');
    channelId = (
      await providerChannel(admin, agent, {
        name: 'WhatsApp Teste',
        type: 'whatsapp',
        settings: { phoneNumberId: PHONE_ID, wabaId: '200000000000009', ratePerSecond: 80 },
        secrets: { accessToken: 'test-whatsapp-access-token', appSecret: APP_SECRET, verifyToken: VERIFY },
      })
    ).id;
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it('answers the verification handshake only for a channel’s verify token', async () => {
    const ok = await t.app.inject({ url: `/api/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${VERIFY}&hub.challenge=1158201444` });
    expect([ok.statusCode, ok.body]).toEqual([200, '1158201444']);
    const bad = await t.app.inject({ url: '/api/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1' });
    expect(bad.statusCode).toBe(403);
  });

  it('refuses a missing or wrong signature with 401 and stores nothing', async () => {
    const payload = buildTextWebhook({ phoneNumberId: PHONE_ID, from: '5511900000001', name: 'Intrusa', text: 'oi' });
    expect((await post(payload, null)).statusCode).toBe(401);
    expect((await post(payload, signatureOf(JSON.stringify(payload), 'other-secret'))).json().error.code).toBe('WEBHOOK_SIGNATURE_INVALID');
    expect(await stored()).toBe(0);
  });

  it('keeps a signed message whose fields have unexpected types as "unsupported", drops what names no one, and leaves nothing to retry', async () => {
    const from = '5511955560001';
    const before = await stored();
    const at = String(Math.floor(Date.now() / 1000));
    const payload = buildEnvelope(PHONE_ID, {
      contacts: 'not a list',
      messages: [
        { from, id: newWamid(), timestamp: at, type: 'text', text: { body: { not: 'a text' } } },
        { from: ['5511955560002'], id: 5, timestamp: at, type: 'text', text: { body: 'de ninguém' } },
        { from, id: newWamid(), timestamp: at, type: 'contacts', contacts: 'not a list either' },
      ],
    });
    expect((await post(payload)).statusCode).toBe(200);
    const d = await openFor(from);
    const fromContact = (d.messages as Message[]).filter((m) => m.authorKind === 'contact');
    expect(fromContact.map((m) => [m.kind, m.content?.providerType])).toEqual([
      ['unsupported', 'text'],
      ['unsupported', 'contacts'],
    ]);
    await t.settle();
    expect(await stored()).toBe(before + 2);
    const waiting = rowsOf(
      await t.database.db.execute(
        sql`select count(*)::int as n from channel_inbound_events where channel_id = ${channelId} and processed_at is null`,
      ),
    );
    expect(waiting[0]!.n).toBe(0);
  });

  it('gives up on an event that keeps failing after about an hour of tries, keeping it in the store with its error', async () => {
    const from = '5511955560003';
    const event = async () =>
      rowsOf(
        await t.database.db.execute(
          sql`select processed_at is not null as done, attempts, last_error from channel_inbound_events where channel_id = ${channelId} and payload->'contact'->>'identity' = ${from}`,
        ),
      )[0] as { done: boolean; attempts: number; last_error: string | null } | undefined;
    await whileRefused('sempre recusada', async () => {
      expect((await post(buildTextWebhook({ phoneNumberId: PHONE_ID, from, name: 'Sempre', text: 'sempre recusada' }))).statusCode).toBe(200);
      await expect.poll(async () => (await event())?.attempts, { timeout: 15_000 }).toBe(1);
      // Nineteen tries later (the backoff's hour, skipped), the next failure is the last.
      await t.database.db.execute(
        sql`update channel_inbound_events set attempts = 19, next_attempt_at = now() where channel_id = ${channelId} and payload->'contact'->>'identity' = ${from}`,
      );
      await expect.poll(async () => (await event())?.done, { timeout: 15_000 }).toBe(true);
      expect(await event()).toMatchObject({ attempts: 19, last_error: expect.stringMatching(/^gave up: /) });
    });
  });

  it('finds the person with the 9th digit, stores a 3× delivery once, and ticks reach "lida" whatever their order', async () => {
    const admin = await t.login('admin@demo.local');
    const person = await admin.inject({
      method: 'POST',
      url: '/api/persons',
      payload: { type: 'PF', name: 'Joana Prado', document: null, phones: ['(21) 98765-4321'] },
    });
    expect(person.statusCode).toBe(201);
    // An account older than the 9th digit: its wa_id lacks it.
    const payload = buildTextWebhook({ phoneNumberId: PHONE_ID, from: '552187654321', name: 'Joana', text: 'Bom dia' });
    expect((await Promise.all([post(payload), post(payload), post(payload)])).map((r) => r.statusCode)).toEqual([200, 200, 200]);
    const d = await openFor('552187654321');
    expect(d.attendance.personId).toBe(person.json().id);
    expect(d.messages.filter((m: Message) => m.authorKind === 'contact').map((m: Message) => m.body)).toEqual(['Bom dia']);

    const reply = await agent.inject({ method: 'POST', url: `/api/attendances/${d.attendance.id}/messages`, payload: { body: 'Bom dia, Joana!' } });
    await fake.nextSend(); // the protocol
    const sent = await fake.nextSend();
    expect([sent.to, sent.type, (sent.body.text as { body: string }).body]).toEqual(['552187654321', 'text', 'Bom dia, Joana!']);
    await expect.poll(async () => (await messageOf(d.attendance.id, reply.json().id)).delivery?.status, { timeout: 10_000 }).toBe('sent');
    // Meta may deliver statuses late and out of order: read, then delivered, then sent again.
    const status = (s: 'sent' | 'delivered' | 'read') =>
      buildStatusWebhook({ phoneNumberId: PHONE_ID, id: sent.wamid, status: s, recipientId: '552187654321' });
    for (const s of ['read', 'delivered', 'sent'] as const) expect((await post(status(s))).statusCode).toBe(200);
    await expect.poll(async () => (await messageOf(d.attendance.id, reply.json().id)).delivery?.status, { timeout: 10_000 }).toBe('read');
    await t.settle();
    expect((await messageOf(d.attendance.id, reply.json().id)).delivery).toEqual({ status: 'read', error: null });
  });

  it('retries a provider 5xx and delivers once; a status for a failed send shows the code and title', async () => {
    const d = await openFor('552187654321');
    const before = fake.sent.length;
    fake.failNext(1, { status: 503, code: 2, title: 'Service temporarily unavailable' });
    const m = await agent.inject({ method: 'POST', url: `/api/attendances/${d.attendance.id}/messages`, payload: { body: 'Segue o boleto' } });
    const sent = await fake.nextSend();
    expect((sent.body.text as { body: string }).body).toBe('Segue o boleto');
    await expect.poll(async () => (await messageOf(d.attendance.id, m.json().id)).delivery?.status, { timeout: 15_000 }).toBe('sent');
    expect(fake.sent.length - before).toBe(1);
    const failed = buildStatusWebhook({
      phoneNumberId: PHONE_ID,
      id: sent.wamid,
      status: 'failed',
      recipientId: '552187654321',
      error: { code: 131026, title: 'Message undeliverable' },
    });
    await post(failed);
    await expect
      .poll(async () => (await messageOf(d.attendance.id, m.json().id)).delivery, { timeout: 10_000 })
      .toEqual({ status: 'failed', error: { code: '131026', title: 'Message undeliverable' } });
  });

  it('refuses free text outside the 24-hour window and sends an approved template instead', async () => {
    const d = await openFor('552187654321');
    await t.database.db.execute(sql`update attendances set last_contact_message_at = now() - interval '25 hours' where id = ${d.attendance.id}`);
    const refused = await agent.inject({ method: 'POST', url: `/api/attendances/${d.attendance.id}/messages`, payload: { body: 'Oi?' } });
    expect([refused.statusCode, refused.json().error.code]).toEqual([409, 'CHANNEL_WINDOW_CLOSED']);
    const note = await agent.inject({
      method: 'POST',
      url: `/api/attendances/${d.attendance.id}/messages`,
      payload: { body: 'ligar amanhã', internal: true },
    });
    expect(note.statusCode).toBe(200);
    fake.setTemplates([{ name: 'retomar_atendimento', language: 'pt_BR', body: 'Olá {{1}}, podemos continuar seu atendimento?' }]);
    const tpl = await agent.inject({
      method: 'POST',
      url: `/api/attendances/${d.attendance.id}/templates`,
      payload: { name: 'retomar_atendimento', language: 'pt_BR', params: ['Joana'], text: 'Olá Joana, podemos continuar seu atendimento?' },
    });
    expect(tpl.statusCode).toBe(201);
    expect([tpl.json().kind, tpl.json().body]).toEqual(['template', 'Olá Joana, podemos continuar seu atendimento?']);
    const sent = await fake.nextSend();
    expect(sent.type).toBe('template');
    expect(sent.body.template).toMatchObject({ name: 'retomar_atendimento', language: { code: 'pt_BR' } });
    await expect.poll(async () => (await messageOf(d.attendance.id, tpl.json().id)).delivery?.status, { timeout: 10_000 }).toBe('sent');
    // A new message from the contact opens the window again.
    await post(buildTextWebhook({ phoneNumberId: PHONE_ID, from: '552187654321', name: 'Joana', text: 'Pode sim', id: newWamid() }));
    await expect
      .poll(
        async () =>
          (await agent.inject({ method: 'POST', url: `/api/attendances/${d.attendance.id}/messages`, payload: { body: 'Ótimo!' } })).statusCode,
        {
          timeout: 10_000,
        },
      )
      .toBe(200);
  });

  it('sends the agent’s replies as signed statuses come back from the fake (sent → delivered → read)', async () => {
    const d = await openFor('552187654321');
    fake.setAutoStatuses({ webhookUrl, appSecret: APP_SECRET });
    const m = await agent.inject({ method: 'POST', url: `/api/attendances/${d.attendance.id}/messages`, payload: { body: 'Confirmado.' } });
    await expect.poll(async () => (await messageOf(d.attendance.id, m.json().id)).delivery?.status, { timeout: 15_000 }).toBe('read');
    fake.setAutoStatuses(null);
  });

  it('stores a burst of webhooks together and applies each contact’s messages once, in order, in one attendance', async () => {
    const burst = ['5511955550001', '5511955550002', '5511955550003', '5511955550004'];
    const message = (from: string, text: string) =>
      (buildTextWebhook({ phoneNumberId: PHONE_ID, from, text }).entry[0]!.changes[0]!.value.messages as unknown[])[0];
    // Meta may put several messages of a contact in one webhook, and deliver that webhook twice.
    const batched = burst.map((from) =>
      buildEnvelope(PHONE_ID, {
        contacts: [{ profile: { name: 'Rajada' }, wa_id: from }],
        messages: ['um', 'dois', 'três'].map((text) => message(from, text)),
      }),
    );
    // A new contact's first two messages in two webhooks at once.
    const newcomer = '5511955550005';
    const apart = ['olá', 'tudo bem?'].map((text) => buildTextWebhook({ phoneNumberId: PHONE_ID, from: newcomer, name: 'Rajada', text }));
    const answers = await Promise.all([...batched, ...batched, ...apart].map((p) => post(p)));
    expect(answers.map((r) => r.statusCode)).toEqual(Array(10).fill(200));

    // Every contact's messages, per attendance, in the conversation's order (some wait in the queue: read from the store).
    const conversations = async () =>
      rowsOf(
        await t.database.db.execute(sql`
          select a.contact_identity as contact, string_agg(m.body, ' | ' order by m.seq) as bodies
          from attendances a join attendance_messages m on m.attendance_id = a.id and m.author_kind = 'contact'
          where a.channel_id = ${channelId} and a.contact_identity like '55119555500%'
          group by a.id, a.contact_identity order by a.contact_identity`),
      ).map((r) => [r.contact, r.bodies]);
    await expect
      .poll(conversations, { timeout: 15_000 })
      .toEqual([...burst.map((from) => [from, 'um | dois | três']), [newcomer, expect.stringMatching(/^(olá \| tudo bem\?|tudo bem\? \| olá)$/)]]);
  });
  it('appends a burst to open conversations together: each contact’s messages in order, numbered without gaps, pushed once; one stored before is kept once', async () => {
    const contacts = ['5511955550201', '5511955550202', '5511955550203'];
    for (const from of contacts)
      expect((await post(buildTextWebhook({ phoneNumberId: PHONE_ID, from, name: 'Aberta', text: 'início' }))).statusCode).toBe(200);
    // Read from the store: some of them wait in the queue, out of the agent's list.
    const opened = async () =>
      rowsOf(
        await t.database.db.execute(
          sql`select contact_identity, id from attendances where channel_id = ${channelId} and contact_identity like '55119555502%'`,
        ),
      );
    await expect.poll(async () => (await opened()).length, { timeout: 15_000 }).toBe(contacts.length);
    const attendanceOf = new Map((await opened()).map((r) => [String(r.contact_identity), String(r.id)]));
    const pushed: { attendanceId: string; seq: number; body: string }[] = [];
    t.app.platform.events.on('attendance.message', 'test:burst-pushes', (e) => {
      pushed.push({ attendanceId: e.payload.attendanceId, seq: e.payload.seq, body: e.payload.message.body });
    });
    const burst = (from: string, texts: (string | { id: string; text: string })[]) =>
      post(
        buildEnvelope(PHONE_ID, {
          contacts: [{ profile: { name: 'Aberta' }, wa_id: from }],
          messages: texts.map((x) => {
            const { id, text } = typeof x === 'string' ? { id: undefined, text: x } : x;
            return (
              buildTextWebhook({ phoneNumberId: PHONE_ID, from, text, ...(id ? { id } : {}) }).entry[0]!.changes[0]!.value.messages as unknown[]
            )[0];
          }),
        }),
      );
    /** Each contact's messages in the conversation's order, whether its numbers run without a gap, and the pushes of the burst. */
    const conversation = async (from: string) => {
      const rows = rowsOf(
        await t.database.db.execute(
          sql`select m.seq, m.body, a.last_seq from attendance_messages m join attendances a on a.id = m.attendance_id where a.id = ${attendanceOf.get(from)} order by m.seq`,
        ),
      );
      return {
        bodies: rows.map((r) => r.body).join(' | '),
        numbered: rows.every((r, i) => Number(r.seq) === i + 1 && Number(r.last_seq) === rows.length),
        pushes: pushed.filter((p) => p.attendanceId === attendanceOf.get(from)).map((p) => `${p.seq}:${p.body}`),
      };
    };

    const answers = await Promise.all(contacts.map((from) => burst(from, ['um', 'dois', 'três'])));
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    await t.settle();
    for (const from of contacts) {
      expect(await conversation(from)).toEqual({ bodies: 'início | um | dois | três', numbered: true, pushes: ['2:um', '3:dois', '4:três'] });
    }

    // A message this conversation already holds under the provider's id (stored before by another path).
    const repeated = newWamid();
    await t.database.db.execute(sql`
      with a as (update attendances set last_seq = last_seq + 1 where id = ${attendanceOf.get(contacts[0]!)} returning id, organization_id, last_seq)
      insert into attendance_messages (organization_id, attendance_id, seq, author_kind, body, provider_message_id)
      select organization_id, id, last_seq, 'contact', 'já recebida', ${repeated} from a`);
    const again = await Promise.all([
      burst(contacts[0]!, ['quatro', { id: repeated, text: 'já recebida' }, 'cinco']),
      burst(contacts[1]!, ['quatro', 'cinco']),
    ]);
    expect(again.map((r) => r.statusCode)).toEqual([200, 200]);
    await t.settle();
    expect(await conversation(contacts[0]!)).toEqual({
      bodies: 'início | um | dois | três | já recebida | quatro | cinco',
      numbered: true,
      pushes: ['2:um', '3:dois', '4:três', '6:quatro', '7:cinco'],
    });
    expect(await conversation(contacts[1]!)).toMatchObject({ bodies: 'início | um | dois | três | quatro | cinco', numbered: true });
    const unprocessed = rowsOf(
      await t.database.db.execute(
        sql`select count(*)::int as n from channel_inbound_events
          where channel_id = ${channelId} and processed_at is null and payload->'contact'->>'identity' like '55119555502%'`,
      ),
    );
    expect(unprocessed[0]!.n).toBe(0);
  });
  it('appends to open conversations in one statement: numbered after their last, none for a contact without one, all refused over one stored before', async () => {
    const from = '5511955550301';
    expect((await post(buildTextWebhook({ phoneNumberId: PHONE_ID, from, name: 'Direta', text: 'início' }))).statusCode).toBe(200);
    const attendanceId = async () =>
      rowsOf(await t.database.db.execute(sql`select id from attendances where channel_id = ${channelId} and contact_identity = ${from}`))[0]?.id;
    await expect.poll(attendanceId, { timeout: 15_000 }).toBeTruthy();
    const { platform } = t.app;
    const organizationId = await t.orgId('demo');
    const text = (body: string, providerMessageId = newWamid()) => ({
      body,
      clientId: null,
      attachmentId: null,
      kind: 'text' as const,
      providerMessageId,
    });
    const append = (items: { identity: string; m: ReturnType<typeof text> }[]) =>
      platform.tenant.inTenant(organizationId, null, async (s) => {
        await lockContactAttendances(
          s,
          items.map((i) => ({ channelId, identity: i.identity })),
        );
        return postContactMessagesToOpen(
          platform,
          s,
          items.map((i) => ({ channelId, ...i })),
          new Date(),
        );
      });
    const stored = text('dois');
    const out = await append([
      { identity: from, m: text('um') },
      { identity: '5511955550399', m: text('sem conversa') },
      { identity: from, m: stored },
    ]);
    expect(out.map((o) => (o ? [o.message.seq, o.message.body] : undefined))).toEqual([[2, 'um'], undefined, [3, 'dois']]);
    await expect(
      append([
        { identity: from, m: text('três') },
        { identity: from, m: { ...text('de novo'), providerMessageId: stored.providerMessageId } },
      ]),
    ).rejects.toThrow(/stored before/);
    const bodies = rowsOf(
      await t.database.db.execute(sql`select body from attendance_messages where attendance_id = ${await attendanceId()} order by seq`),
    );
    expect(bodies.map((r) => r.body)).toEqual(['início', 'um', 'dois']);
  });
  it('rolls back a batch that fails part-way and applies its events one by one: the others go on, the failed one is kept and applied later', async () => {
    const [first, second] = ['5511955550101', '5511955550102'];
    const conversations = async () =>
      rowsOf(
        await t.database.db.execute(sql`
          select a.contact_identity as contact, string_agg(m.body, ' | ' order by m.seq) as bodies
          from attendances a join attendance_messages m on m.attendance_id = a.id and m.author_kind = 'contact'
          where a.channel_id = ${channelId} and a.contact_identity in (${first}, ${second})
          group by a.id, a.contact_identity order by a.contact_identity`),
      ).map((r) => [r.contact, r.bodies]);
    const waiting = async () =>
      rowsOf(
        await t.database.db.execute(
          sql`select last_error from channel_inbound_events where channel_id = ${channelId} and processed_at is null and last_error is not null`,
        ),
      ).map((r) => r.last_error);
    // The database refuses one message, as a crash between the batch's steps would leave it.
    await whileRefused('quebra', async () => {
      const message = (text: string) =>
        (buildTextWebhook({ phoneNumberId: PHONE_ID, from: first, text }).entry[0]!.changes[0]!.value.messages as unknown[])[0];
      const answers = await Promise.all([
        post(buildEnvelope(PHONE_ID, { contacts: [{ profile: { name: 'Lote' }, wa_id: first }], messages: [message('antes'), message('quebra')] })),
        post(buildTextWebhook({ phoneNumberId: PHONE_ID, from: second, name: 'Lote', text: 'ok' })),
      ]);
      expect(answers.map((r) => r.statusCode)).toEqual([200, 200]);
      await expect.poll(conversations, { timeout: 15_000 }).toEqual([
        [first, 'antes'],
        [second, 'ok'],
      ]);
      await expect.poll(waiting, { timeout: 15_000 }).toEqual([expect.stringContaining('attendance_messages')]);
    });
    // Kept in the store: the sweeper applies it once the database takes it, after the message before it.
    await expect.poll(conversations, { timeout: 20_000 }).toEqual([
      [first, 'antes | quebra'],
      [second, 'ok'],
    ]);
    expect(await waiting()).toEqual([]);
  });
});
