import { postTelegramUpdate, providerChannel } from '../../../../test/fixtures/channels.js';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '@atende/shared';
import { createTestApp, type Session, type TestApp } from '../../../../test/test-app.js';
import { rowsOf } from '../../../../test/rows.js';
import { startTelegramFake, type TelegramFake } from '../../../../test/fakes/telegram-fake.js';
import { buildEditedUpdate, buildPhotoUpdate, buildTextUpdate } from '../../../../test/fakes/telegram-updates.js';
import { DEMO_BOT_TOKEN, DEMO_SECRET_TOKEN } from '../../../../test/fakes/telegram-channel.js';

// SPEC CH-03, ATT-05 through the whole pipeline: signed webhook → stored once → attendance and message
// → the agent replies → a delivery job → the fake Bot API receives it; failures retried or shown.

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

describe('Telegram channel pipeline', () => {
  let t: TestApp;
  let fake: TelegramFake;
  let admin: Session;
  let agent: Session;
  let channel: { id: string; token: string };
  let updateId = 1000;

  const post = (update: unknown, secret: string | null = DEMO_SECRET_TOKEN, token = channel.token) => postTelegramUpdate(t, token, update, secret);
  const stored = async () =>
    Number(rowsOf(await t.database.db.execute(sql`select count(*)::int as n from channel_inbound_events where channel_id = ${channel.id}`))[0]!.n);
  const conversationOf = async (chatId: number) => {
    const items = (await agent.inject({ url: '/api/attendances' })).json().items as { id: string; contact: { name?: string } }[];
    const found = [];
    for (const a of items) {
      const d = (await agent.inject({ url: `/api/attendances/${a.id}` })).json();
      if (d.attendance.channelId === channel.id && d.messages.some((m: Message) => m.authorKind === 'contact')) found.push(d);
    }
    return found.find((d) => String(d.attendance.contact.name ?? '').includes(`Chat${chatId}`));
  };
  const openFor = async (chatId: number) => {
    let d: Awaited<ReturnType<typeof conversationOf>>;
    await expect.poll(async () => (d = await conversationOf(chatId)) !== undefined, { timeout: 15_000 }).toBe(true);
    return d!;
  };
  const messageOf = async (attendanceId: string, id: string) =>
    ((await agent.inject({ url: `/api/attendances/${attendanceId}` })).json().messages as Message[]).find((m) => m.id === id)!;

  beforeAll(async () => {
    fake = await startTelegramFake({ botToken: DEMO_BOT_TOKEN });
    t = await createTestApp({ config: { telegramApiUrl: fake.url } });
    admin = await t.login('admin@demo.local');
    agent = await t.login('agente@demo.local');
    channel = await providerChannel(admin, agent, {
      name: 'Telegram Teste',
      type: 'telegram',
      settings: { ratePerSecond: 30 },
      secrets: { botToken: DEMO_BOT_TOKEN, secretToken: DEMO_SECRET_TOKEN },
    });
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it('refuses a wrong or missing secret token with 401 and stores nothing', async () => {
    const update = buildTextUpdate({ updateId: ++updateId, chatId: 501, firstName: 'Intruso', text: 'oi' });
    expect((await post(update, 'wrong-secret-token')).statusCode).toBe(401);
    expect((await post(update, null)).json().error.code).toBe('WEBHOOK_SIGNATURE_INVALID');
    expect((await post(update, DEMO_SECRET_TOKEN, 'no-such-channel-token')).statusCode).toBe(404);
    expect(await stored()).toBe(0);
  });

  it('stores an update delivered three times once, opens one attendance, and the reply reaches Telegram', async () => {
    const update = buildTextUpdate({ updateId: ++updateId, chatId: 502, firstName: 'Chat502', lastName: 'Silva', text: 'Preciso de ajuda' });
    const answers = await Promise.all([post(update), post(update), post(update)]);
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200]);
    const d = await openFor(502);
    expect(d.messages.filter((m: Message) => m.authorKind === 'contact').map((m: Message) => m.body)).toEqual(['Preciso de ajuda']);
    expect(d.attendance.channelType).toBe('telegram');

    const reply = await agent.inject({
      method: 'POST',
      url: `/api/attendances/${d.attendance.id}/messages`,
      payload: { body: 'Olá! Em que posso ajudar?' },
    });
    expect(reply.json().delivery).toEqual({ status: 'pending', error: null });
    const texts: string[] = [];
    // The first reply also sends the protocol; both arrive, in order.
    texts.push((await fake.nextSend()).text!, (await fake.nextSend()).text!);
    expect(texts).toEqual([expect.stringMatching(/protocolo \d{4}-\d{10}/), 'Olá! Em que posso ajudar?']);
    await expect.poll(async () => (await messageOf(d.attendance.id, reply.json().id)).delivery?.status, { timeout: 10_000 }).toBe('sent');
  });

  it('opens a conversation for a chat that gives no name at all, the person named after the channel', async () => {
    const update = buildTextUpdate({ updateId: ++updateId, chatId: 509, firstName: '', text: 'sem nome' });
    expect((await post(update)).statusCode).toBe(200);
    const conversation = async () =>
      rowsOf(
        await t.database.db.execute(sql`
          select p.name, string_agg(m.body, ' | ' order by m.seq) as bodies
          from attendances a join persons p on p.id = a.person_id
          join attendance_messages m on m.attendance_id = a.id and m.author_kind = 'contact'
          where a.channel_id = ${channel.id} and a.contact_identity = '509' group by p.name`),
      );
    await expect.poll(conversation, { timeout: 15_000 }).toEqual([{ name: 'Telegram Teste 509', bodies: 'sem nome' }]);
  });

  it('retries after Telegram’s retry_after and delivers once; a refusal is shown and "Reenviar" sends it again', async () => {
    const d = await openFor(502);
    const before = fake.sent.length;
    fake.failNext(1, { error_code: 429, description: 'Too Many Requests: retry after 1', retry_after: 1 });
    const busy = await agent.inject({ method: 'POST', url: `/api/attendances/${d.attendance.id}/messages`, payload: { body: 'Um momento' } });
    expect((await fake.nextSend()).text).toBe('Um momento');
    await expect.poll(async () => (await messageOf(d.attendance.id, busy.json().id)).delivery?.status, { timeout: 15_000 }).toBe('sent');
    expect(fake.sent.length - before).toBe(1);

    fake.failNext(1, { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    const refused = await agent.inject({ method: 'POST', url: `/api/attendances/${d.attendance.id}/messages`, payload: { body: 'Ainda está aí?' } });
    await expect
      .poll(async () => (await messageOf(d.attendance.id, refused.json().id)).delivery, { timeout: 10_000 })
      .toEqual({ status: 'failed', error: { code: '403', title: 'Forbidden: bot was blocked by the user' } });
    const other = await t.login('agente2@demo.local');
    const notYours = await other.inject({ method: 'POST', url: `/api/attendances/${d.attendance.id}/messages/${refused.json().id}/resend` });
    expect(notYours.statusCode).toBe(403);
    const resend = await agent.inject({ method: 'POST', url: `/api/attendances/${d.attendance.id}/messages/${refused.json().id}/resend` });
    expect(resend.json().delivery.status).toBe('pending');
    expect((await fake.nextSend()).text).toBe('Ainda está aí?');
    await expect.poll(async () => (await messageOf(d.attendance.id, refused.json().id)).delivery?.status, { timeout: 10_000 }).toBe('sent');
    const again = await agent.inject({ method: 'POST', url: `/api/attendances/${d.attendance.id}/messages/${refused.json().id}/resend` });
    expect(again.json().error.code).toBe('MESSAGE_NOT_FAILED');
  });

  it('holds a later reply behind an earlier one the provider asked to retry later, and sends both in order', async () => {
    await post(buildTextUpdate({ updateId: ++updateId, chatId: 503, firstName: 'Chat503', text: 'Oi' }));
    const d = await openFor(503);
    const say = (body: string) => agent.inject({ method: 'POST', url: `/api/attendances/${d.attendance.id}/messages`, payload: { body } });
    const sends = () => fake.calls.filter((c) => c.method === 'sendMessage' && String(c.params.chat_id) === '503');
    // The protocol and the first reply leave; then Telegram refuses the next one for 3 s.
    await say('Primeira');
    await expect.poll(() => sends().length, { timeout: 10_000 }).toBe(2);
    fake.failNext(1, { error_code: 429, description: 'Too Many Requests: retry after 3', retry_after: 3 });
    await say('Segunda');
    await expect.poll(() => sends().length, { timeout: 10_000 }).toBe(3);
    const refusedAt = sends()[2]!.at;
    // The next reply's job runs at once, yet it neither jumps the queue nor sends "Segunda" early.
    await say('Terceira');
    await expect.poll(() => sends().length, { timeout: 15_000 }).toBe(5);
    const [again, third] = sends().slice(3);
    expect([again!.params.text, third!.params.text]).toEqual(['Segunda', 'Terceira']);
    expect(again!.at - refusedAt).toBeGreaterThanOrEqual(2_900);
  });

  it('fetches a photo the Bot API way, checks its bytes and shows it; an edit replaces the text', async () => {
    fake.files.put('photo-file-1', PNG, 'photos/file_1.png');
    const photo = buildPhotoUpdate({ updateId: ++updateId, chatId: 502, firstName: 'Chat502', fileId: 'photo-file-1', caption: 'Olha isso' });
    expect((await post(photo)).statusCode).toBe(200);
    const d = await openFor(502);
    let shown: Message | undefined;
    await expect
      .poll(
        async () => {
          const all = (await agent.inject({ url: `/api/attendances/${d.attendance.id}` })).json().messages as Message[];
          shown = all.find((m) => m.kind === 'image');
          return shown?.content?.media?.status;
        },
        { timeout: 15_000 },
      )
      .toBe('ready');
    expect(shown!.body).toBe('Olha isso');
    const file = await agent.inject({ url: `/api/attendances/${d.attendance.id}/attachments/${shown!.attachment!.id}` });
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.rawPayload.equals(PNG)).toBe(true);

    const text = buildTextUpdate({ updateId: ++updateId, chatId: 502, firstName: 'Chat502', text: 'Meu pedido é 123', messageId: 777 });
    await post(text);
    await post(buildEditedUpdate({ updateId: ++updateId, chatId: 502, firstName: 'Chat502', messageId: 777, text: 'Meu pedido é 124' }));
    await expect
      .poll(
        async () => {
          const all = (await agent.inject({ url: `/api/attendances/${d.attendance.id}` })).json().messages as Message[];
          const m = all.find((x) => x.body.startsWith('Meu pedido'));
          return m && [m.body, Boolean(m.editedAt)];
        },
        { timeout: 15_000 },
      )
      .toEqual(['Meu pedido é 124', true]);
  });
});
