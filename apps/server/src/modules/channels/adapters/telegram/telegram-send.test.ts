import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeContext, telegramChannel } from '../../../../../test/fakes/telegram-channel.js';
import { startTelegramFake } from '../../../../../test/fakes/telegram-fake.js';
import type { TelegramFake } from '../../../../../test/fakes/telegram-fake.js';
import type { OutboundMessage } from '../port.js';
import { ProviderError } from '../port.js';
import { telegramAdapter } from './telegram.adapter.js';

// SPEC CH-03: what the agent sends reaches the chat through the Bot API (a local fake, CH-08).

let fake: TelegramFake;
const channel = telegramChannel();
beforeAll(async () => {
  fake = await startTelegramFake({ botToken: channel.secrets.botToken! });
});
afterAll(() => fake.close());

const send = (content: OutboundMessage['content'], to = '5512345678') =>
  telegramAdapter.send({ to, messageId: 'msg-1', content }, channel, fakeContext(fake));
const file = (bytes: string, fileName: string, mimeType: string) => ({ bytes: Buffer.from(bytes), fileName, mimeType });

describe('Telegram send', () => {
  it('sends text with sendMessage and names the message by chat and message id', async () => {
    const result = await send({ kind: 'text', text: 'Olá, Maria! Vou verificar sua conexão.' });
    const sent = await fake.nextSend();
    expect(sent).toMatchObject({ method: 'sendMessage', chatId: '5512345678', text: 'Olá, Maria! Vou verificar sua conexão.' });
    expect(sent.params).toEqual({ chat_id: '5512345678', text: 'Olá, Maria! Vou verificar sua conexão.' });
    expect(result).toEqual({ providerMessageId: `5512345678:${sent.messageId}` });
  });

  it('uploads each media kind as multipart to its own method, with the caption', async () => {
    const cases = [
      { mediaKind: 'image', file: file('JPEGDATA', 'modem.jpg', 'image/jpeg'), caption: 'Veja a luz vermelha', method: 'sendPhoto', field: 'photo' },
      {
        mediaKind: 'document',
        file: file('%PDF-1.7', 'boleto.pdf', 'application/pdf'),
        caption: 'Segunda via',
        method: 'sendDocument',
        field: 'document',
      },
      { mediaKind: 'voice', file: file('OggS-opus', 'audio.ogg', 'audio/ogg'), method: 'sendVoice', field: 'voice' },
      { mediaKind: 'audio', file: file('ID3-mp3', 'aviso.mp3', 'audio/mpeg'), method: 'sendAudio', field: 'audio' },
      { mediaKind: 'video', file: file('ftyp-mp4', 'tutorial.mp4', 'video/mp4'), caption: 'Como reiniciar', method: 'sendVideo', field: 'video' },
    ] as const;
    for (const c of cases) {
      const result = await send({ kind: 'media', mediaKind: c.mediaKind, file: c.file, caption: 'caption' in c ? c.caption : undefined });
      const sent = await fake.nextSend();
      expect(sent.method).toBe(c.method);
      expect(sent.chatId).toBe('5512345678');
      expect(sent.caption).toBe('caption' in c ? c.caption : undefined);
      expect(sent.file).toEqual({ field: c.field, fileName: c.file.fileName, mimeType: c.file.mimeType, bytes: c.file.bytes });
      expect(result.providerMessageId).toBe(`5512345678:${sent.messageId}`);
    }
  });

  it('refuses a template: Telegram has none', async () => {
    const error = await send({ kind: 'template', name: 'boas_vindas', language: 'pt_BR', params: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: 'permanent', code: 'TEMPLATES_UNSUPPORTED' });
  });

  it('tells a blocked bot (no retry) from flood control (retry after the given seconds)', async () => {
    fake.failNext(1, { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    await expect(send({ kind: 'text', text: 'oi' })).rejects.toMatchObject({
      kind: 'permanent',
      code: '403',
      title: 'Forbidden: bot was blocked by the user',
    });
    fake.failNext(1, { error_code: 429, description: 'Too Many Requests: retry after 7', retry_after: 7 });
    await expect(send({ kind: 'text', text: 'oi' })).rejects.toMatchObject({ kind: 'transient', code: '429', retryAfterSeconds: 7 });
    const before = fake.sent.length;
    await send({ kind: 'text', text: 'agora vai' });
    expect(fake.sent.slice(before).map((s) => s.text)).toEqual(['agora vai']);
    await fake.nextSend();
  });

  it('reports a chat Telegram does not know and a revoked token as permanent', async () => {
    await expect(send({ kind: 'text', text: 'oi' }, 'not-a-chat')).rejects.toMatchObject({
      kind: 'permanent',
      code: '400',
      title: 'Bad Request: chat not found',
    });
    const revoked = telegramChannel({ botToken: '123456789:revoked-token-000' });
    const error = await telegramAdapter
      .send({ to: '1', messageId: 'm', content: { kind: 'text', text: 'oi' } }, revoked, fakeContext(fake))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'permanent', code: '401' });
  });

  it('retries when the Bot API cannot be reached', async () => {
    const closed = await startTelegramFake({ botToken: channel.secrets.botToken! });
    await closed.close();
    const error = await telegramAdapter
      .send({ to: '1', messageId: 'm', content: { kind: 'text', text: 'oi' } }, channel, fakeContext(closed))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'transient', code: 'network' });
  });
});
