import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '@atende/shared';
import { postTelegramUpdate, providerChannel } from '../../../test/fixtures/channels.js';
import { startTelegramFake, type TelegramFake } from '../../../test/fakes/telegram-fake.js';
import { DEMO_BOT_TOKEN, DEMO_SECRET_TOKEN } from '../../../test/fakes/telegram-channel.js';
import { buildTextUpdate } from '../../../test/fakes/telegram-updates.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

type Item = { id: string; title: string };

// SPEC KB-03: a reply to the customer through the channel of the attendance the request was registered
// in, delivered like any agent message and recorded on the request; refused where the channel cannot
// reach the customer.
describe('replying to a request through the attendance channel', () => {
  let t: TestApp;
  let fake: TelegramFake;
  let agent: Session;
  let channel: { id: string; token: string };

  const requestType = async (title: string) =>
    ((await agent.inject({ url: '/api/knowledge/tree' })).json().items as Item[]).find((i) => i.title === title)!;
  const register = async (attendanceId: string) => {
    const reg = await agent.inject({
      method: 'POST',
      url: `/api/attendances/${attendanceId}/requests`,
      payload: { requestTypeId: (await requestType('Reclamação anônima')).id, description: 'Cobrança indevida' },
    });
    expect(reg.statusCode, reg.body).toBe(201);
    return reg.json() as { id: string; protocol: string };
  };
  const reply = (id: string, body: string, via: string) =>
    agent.inject({ method: 'POST', url: `/api/requests/${id}/comments`, payload: { body, via } });
  const telegramAttendance = async (chatId: number) => {
    const update = buildTextUpdate({ updateId: chatId, chatId, firstName: `Chat${chatId}`, text: 'Quero reclamar' });
    expect((await postTelegramUpdate(t, channel.token, update)).statusCode).toBe(200);
    let id: string | undefined;
    await expect
      .poll(
        async () => {
          const items = (await agent.inject({ url: '/api/attendances' })).json().items as {
            id: string;
            channelId?: string;
            contact: { name?: string };
          }[];
          id = items.find((a) => String(a.contact.name ?? '').includes(`Chat${chatId}`))?.id;
          return id;
        },
        { timeout: 15_000 },
      )
      .toBeDefined();
    return id!;
  };

  beforeAll(async () => {
    fake = await startTelegramFake({ botToken: DEMO_BOT_TOKEN });
    t = await createTestApp({ config: { telegramApiUrl: fake.url } });
    agent = await t.login('agente@demo.local');
    channel = await providerChannel(await t.login('admin@demo.local'), agent, {
      name: 'Telegram Solicitações',
      type: 'telegram',
      settings: { ratePerSecond: 30 },
      secrets: { botToken: DEMO_BOT_TOKEN, secretToken: DEMO_SECRET_TOKEN },
    });
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it('sends the reply to the customer on Telegram, naming the request, and records it on the request and the conversation', async () => {
    const attendanceId = await telegramAttendance(7001);
    // The agent's first reply starts the service (and sends the protocol): taken off the fake first.
    await agent.inject({ method: 'POST', url: `/api/attendances/${attendanceId}/messages`, payload: { body: 'Olá!' } });
    const greeting = [(await fake.nextSend()).text, (await fake.nextSend()).text];
    expect(greeting[1]).toBe('Olá!');
    const request = await register(attendanceId);

    expect((await agent.inject({ url: `/api/requests/${request.id}` })).json().channelReply).toEqual({
      available: true,
      channelType: 'telegram',
      reason: null,
    });
    const res = await reply(request.id, 'O valor será estornado na próxima fatura.', 'channel');
    expect(res.statusCode, res.body).toBe(201);
    expect((await fake.nextSend()).text).toBe(`Solicitação ${request.protocol}: O valor será estornado na próxima fatura.`);

    const detail = (await agent.inject({ url: `/api/requests/${request.id}` })).json();
    expect(
      detail.comments.map((c: { body: string; deliveredVia: string | null; deliveredTo: string | null }) => [c.body, c.deliveredVia, c.deliveredTo]),
    ).toEqual([['O valor será estornado na próxima fatura.', 'channel', 'telegram']]);
    const messages = (await agent.inject({ url: `/api/attendances/${attendanceId}` })).json().messages as Message[];
    const sent = messages.find((m) => m.body.startsWith(`Solicitação ${request.protocol}`))!;
    expect([sent.authorKind, sent.internal]).toEqual(['agent', false]);
    await expect
      .poll(
        async () =>
          ((await agent.inject({ url: `/api/attendances/${attendanceId}` })).json().messages as Message[]).find((m) => m.id === sent.id)?.delivery
            ?.status,
        {
          timeout: 10_000,
        },
      )
      .toBe('sent');
  });

  it('refuses a channel reply for a request whose attendance no channel delivers, and records nothing', async () => {
    const started = (await agent.inject({ method: 'POST', url: '/api/attendances', payload: {} })).json();
    const request = await register(started.id);
    expect((await agent.inject({ url: `/api/requests/${request.id}` })).json().channelReply).toEqual({
      available: false,
      channelType: 'manual',
      reason: 'channel_not_deliverable',
    });
    const refused = await reply(request.id, 'Olá', 'channel');
    expect([refused.statusCode, refused.json().error.code]).toEqual([409, 'REQUEST_CHANNEL_UNAVAILABLE']);
    expect((await agent.inject({ url: `/api/requests/${request.id}` })).json().comments).toEqual([]);
  });
});
