import { postTelegramUpdate, providerChannel } from '../../../../test/fixtures/channels.js';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../../../../test/uploads.js';
import type { Message } from '@atende/shared';
import { DEMO_BOT_TOKEN, DEMO_SECRET_TOKEN } from '../../../../test/fakes/telegram-channel.js';
import { startTelegramFake, type TelegramFake } from '../../../../test/fakes/telegram-fake.js';
import { buildPhotoUpdate } from '../../../../test/fakes/telegram-updates.js';
import { startLocalS3, type LocalS3 } from '../../../../test/s3-server.js';
import { createTestApp, type Session, type TestApp } from '../../../../test/test-app.js';

// ARCHITECTURE §3a Storage with CH-03: media a channel brings lands in the S3 bucket, and a file the
// agent sends is read back from it for the provider — several instances see the same files.

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

describe('channel media through S3 storage', () => {
  let s3: LocalS3;
  let fake: TelegramFake;
  let t: TestApp;
  let agent: Session;
  let channel: { id: string; token: string };

  beforeAll(async () => {
    s3 = await startLocalS3();
    fake = await startTelegramFake({ botToken: DEMO_BOT_TOKEN });
    t = await createTestApp({ config: { telegramApiUrl: fake.url, storageDriver: 's3', s3: s3.config } });
    const admin = await t.login('admin@demo.local');
    agent = await t.login('agente@demo.local');
    channel = await providerChannel(admin, agent, {
      name: 'Telegram S3',
      type: 'telegram',
      settings: { ratePerSecond: 30 },
      secrets: { botToken: DEMO_BOT_TOKEN, secretToken: DEMO_SECRET_TOKEN },
    });
  });
  afterAll(async () => {
    await t?.close();
    await fake?.close();
    await s3?.close();
  });

  it('shows a photo the contact sent and delivers a PDF the agent sends, byte for byte', async () => {
    expect(t.app.platform.storage.driver).toBe('s3');
    fake.files.put('photo-s3-1', PNG, 'photos/s3_1.png');
    const update = buildPhotoUpdate({ updateId: 9001, chatId: 901, firstName: 'Chat901', fileId: 'photo-s3-1', caption: 'Foto' });
    const posted = await postTelegramUpdate(t, channel.token, update);
    expect(posted.statusCode).toBe(200);

    let attendanceId = '';
    let photo: Message | undefined;
    await expect
      .poll(
        async () => {
          for (const a of (await agent.inject({ url: '/api/attendances' })).json().items as { id: string }[]) {
            const d = (await agent.inject({ url: `/api/attendances/${a.id}` })).json();
            const found = (d.messages as Message[]).find((m) => m.kind === 'image' && m.content?.media?.status === 'ready');
            if (d.attendance.channelId === channel.id && found) [attendanceId, photo] = [a.id, found];
          }
          return photo !== undefined;
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    const shown = await agent.inject({ url: `/api/attendances/${attendanceId}/attachments/${photo!.attachment!.id}` });
    expect(shown.headers['content-type']).toBe('image/png');
    expect(shown.rawPayload.equals(PNG)).toBe(true);

    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(300_000)]);
    const up = await agent.inject({
      method: 'POST',
      url: `/api/attendances/${attendanceId}/attachments`,
      ...multipart('orcamento.pdf', 'application/pdf', pdf),
    });
    expect(up.statusCode).toBe(200);
    const sent = await agent.inject({
      method: 'POST',
      url: `/api/attendances/${attendanceId}/messages`,
      payload: { body: 'Segue o orçamento', attachmentId: up.json().id },
    });
    expect(sent.statusCode).toBe(200);
    let delivered = await fake.nextSend();
    // The first reply of a conversation is preceded by its protocol.
    if (!delivered.file) delivered = await fake.nextSend();
    expect(delivered).toMatchObject({ method: 'sendDocument', caption: 'Segue o orçamento' });
    expect(delivered.file!.bytes.equals(pdf)).toBe(true);
  });
});
