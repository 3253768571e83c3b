import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeContext, telegramChannel } from '../../../../../test/fakes/telegram-channel.js';
import { startTelegramFake } from '../../../../../test/fakes/telegram-fake.js';
import type { TelegramFake } from '../../../../../test/fakes/telegram-fake.js';
import { buildPhotoUpdate } from '../../../../../test/fakes/telegram-updates.js';
import { telegramAdapter } from './telegram.adapter.js';

// SPEC CH-03: a contact's photo, voice note or document is brought from Telegram (getFile, then the
// file URL) so the agent can open it.

let fake: TelegramFake;
const channel = telegramChannel();
const ctx = () => fakeContext(fake);
beforeAll(async () => {
  fake = await startTelegramFake({ botToken: channel.secrets.botToken! });
});
afterAll(() => fake.close());

describe('Telegram media download', () => {
  it('brings the bytes of a photo that arrived in an update', async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);
    fake.files.put('AgACAgEAAxkBAAIB-photo', jpeg, 'photos/file_12.jpg');
    const [event] = telegramAdapter.parse(
      {
        rawBody: Buffer.from(
          JSON.stringify(buildPhotoUpdate({ updateId: 1, chatId: 9, firstName: 'Ana', fileId: 'AgACAgEAAxkBAAIB-photo', fileSize: jpeg.length })),
        ),
        headers: {},
        query: {},
      },
      channel,
    );
    const media = event?.type === 'message' ? event.message.media : undefined;
    expect(media).toBeDefined();
    const file = await telegramAdapter.fetchMedia(media!, channel, ctx());
    expect(file).toEqual({ bytes: jpeg, mimeType: 'image/jpeg', fileName: 'file_12.jpg' });
    expect(fake.calls.at(-1)).toMatchObject({ method: 'getFile', params: { file_id: 'AgACAgEAAxkBAAIB-photo' } });
  });

  it('keeps the document’s own name and type, and guesses the type by extension otherwise', async () => {
    fake.files.put('doc-1', Buffer.from('%PDF-1.7 boleto'), 'documents/file_3.pdf');
    fake.files.put('voice-1', Buffer.from('OggS'), 'voice/file_4.oga');
    const doc = await telegramAdapter.fetchMedia(
      { providerMediaId: 'doc-1', fileName: 'boleto-março.pdf', mimeType: 'application/pdf' },
      channel,
      ctx(),
    );
    expect([doc.fileName, doc.mimeType, doc.bytes.toString()]).toEqual(['boleto-março.pdf', 'application/pdf', '%PDF-1.7 boleto']);
    const voice = await telegramAdapter.fetchMedia({ providerMediaId: 'voice-1' }, channel, ctx());
    expect([voice.fileName, voice.mimeType]).toEqual(['file_4.oga', 'audio/ogg']);
  });

  it('refuses a file over 20 MB before asking Telegram, and when Telegram says it is too big', async () => {
    const calls = fake.calls.length;
    await expect(telegramAdapter.fetchMedia({ providerMediaId: 'big', size: 21 * 1024 * 1024 }, channel, ctx())).rejects.toMatchObject({
      kind: 'permanent',
      code: 'FILE_TOO_BIG',
    });
    expect(fake.calls.length).toBe(calls);
    fake.files.put('big-unknown-size', Buffer.alloc(20 * 1024 * 1024 + 1), 'documents/big.bin');
    await expect(telegramAdapter.fetchMedia({ providerMediaId: 'big-unknown-size' }, channel, ctx())).rejects.toMatchObject({
      kind: 'permanent',
      code: '400',
    });
  });

  it('stops reading a download that turns out larger than 20 MB', async () => {
    fake.files.put('liar', Buffer.from('small on getFile'), 'documents/liar.bin');
    // A file server that sends more than it said, without a content-length.
    const chunk = new Uint8Array(1024 * 1024);
    let sentChunks = 0;
    const endless = new ReadableStream<Uint8Array>({ pull: (c) => void (sentChunks++ < 25 ? c.enqueue(chunk) : c.close()) });
    const ctxWithLiar = {
      ...ctx(),
      fetch: (async (url: string, init?: RequestInit) => (String(url).includes('/file/') ? new Response(endless) : fetch(url, init))) as typeof fetch,
    };
    await expect(telegramAdapter.fetchMedia({ providerMediaId: 'liar' }, channel, ctxWithLiar)).rejects.toMatchObject({
      kind: 'permanent',
      code: 'FILE_TOO_BIG',
    });
    expect(sentChunks).toBeLessThan(25);
  });

  it('reports an unknown file as permanent and a Telegram outage as transient', async () => {
    await expect(telegramAdapter.fetchMedia({ providerMediaId: 'gone' }, channel, ctx())).rejects.toMatchObject({
      kind: 'permanent',
      title: 'Bad Request: invalid file_id',
    });
    fake.files.put('later', Buffer.from('x'), 'photos/later.jpg');
    fake.failNext(1, { error_code: 502, description: 'Bad Gateway' });
    await expect(telegramAdapter.fetchMedia({ providerMediaId: 'later' }, channel, ctx())).rejects.toMatchObject({ kind: 'transient', code: '502' });
    await expect(telegramAdapter.fetchMedia({ providerMediaId: 'later' }, channel, ctx())).resolves.toMatchObject({ mimeType: 'image/jpeg' });
  });
});
