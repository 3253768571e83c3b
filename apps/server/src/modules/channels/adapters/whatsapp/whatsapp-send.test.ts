import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startWhatsappFake, type WhatsappFake } from '../../../../../test/fakes/whatsapp-fake.js';
import { ProviderError, type AdapterChannel, type OutboundMessage, type ProviderContext } from '../port.js';
import { whatsappAdapter } from './whatsapp.adapter.js';

const accessToken = 'EAAG-fake-access-token';
const channel: AdapterChannel = {
  id: 'c1',
  organizationId: 'o1',
  token: 't1',
  settings: { phoneNumberId: '100000000000001', wabaId: '200000000000001' },
  secrets: { accessToken, appSecret: 'demo-whatsapp-app-secret', verifyToken: 'verify-token-1' },
};

let fake: WhatsappFake;
let ctx: ProviderContext;
beforeAll(async () => {
  fake = await startWhatsappFake({ accessToken, verifiedName: 'Loja Exemplo', displayPhoneNumber: '+55 11 4000-0000' });
  ctx = { fetch, baseUrl: fake.url, publicUrl: 'http://localhost:3000' };
});
afterAll(() => fake.close());
beforeEach(() => fake.setTemplates([]));

const text = (body: string): OutboundMessage => ({ to: '5511987654321', messageId: 'm1', content: { kind: 'text', text: body } });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('the send should have failed'),
    (e: unknown) => {
      expect(e).toBeInstanceOf(ProviderError);
      const p = e as ProviderError;
      return { kind: p.kind, code: p.code, title: p.title, retryAfterSeconds: p.retryAfterSeconds };
    },
  );

describe('WhatsApp sending', () => {
  it('sends text to the contact with the channel’s token and answers the provider’s message id', async () => {
    const { providerMessageId } = await whatsappAdapter.send(text('Olá, Maria! Como posso ajudar?'), channel, ctx);
    const send = await fake.nextSend();
    expect(providerMessageId).toBe(send.wamid);
    expect(send).toMatchObject({ version: 'v21.0', phoneNumberId: '100000000000001', authorization: `Bearer ${accessToken}` });
    expect(send.body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '5511987654321',
      biz_opaque_callback_data: 'm1',
      type: 'text',
      text: { preview_url: false, body: 'Olá, Maria! Como posso ajudar?' },
    });
  });

  it('uploads a document first, then sends it by id with its caption and file name', async () => {
    const pdf = Buffer.from('%PDF-1.4 fatura');
    const out: OutboundMessage = {
      to: '5511987654321',
      messageId: 'm2',
      content: {
        kind: 'media',
        mediaKind: 'document',
        file: { bytes: pdf, fileName: 'fatura.pdf', mimeType: 'application/pdf' },
        caption: 'Sua fatura',
      },
    };
    await whatsappAdapter.send(out, channel, ctx);
    const upload = fake.uploads.at(-1)!;
    expect(upload).toMatchObject({ phoneNumberId: '100000000000001', fileName: 'fatura.pdf', mimeType: 'application/pdf' });
    expect(upload.fields.messaging_product).toBe('whatsapp');
    expect(upload.bytes.equals(pdf)).toBe(true);
    const send = await fake.nextSend();
    expect(send.body).toMatchObject({ type: 'document', document: { id: upload.mediaId, caption: 'Sua fatura', filename: 'fatura.pdf' } });
  });

  it('sends voice notes as audio, without a caption WhatsApp would refuse', async () => {
    const out: OutboundMessage = {
      to: '5511987654321',
      messageId: 'm3',
      content: { kind: 'media', mediaKind: 'voice', file: { bytes: Buffer.from('OggS'), fileName: 'nota.ogg', mimeType: 'audio/ogg' }, caption: 'x' },
    };
    await whatsappAdapter.send(out, channel, ctx);
    expect((await fake.nextSend()).body).toMatchObject({ type: 'audio', audio: { id: fake.uploads.at(-1)!.mediaId } });
    expect(fake.sent.at(-1)!.body.audio).toEqual({ id: fake.uploads.at(-1)!.mediaId });
  });

  it('sends an approved template with its body parameters', async () => {
    fake.setTemplates([{ name: 'retomar_atendimento', language: 'pt_BR', body: 'Olá {{1}}, seu protocolo {{2}} teve uma atualização.' }]);
    const out: OutboundMessage = {
      to: '5511987654321',
      messageId: 'm4',
      content: { kind: 'template', name: 'retomar_atendimento', language: 'pt_BR', params: ['Maria', '2026120600042'] },
    };
    await whatsappAdapter.send(out, channel, ctx);
    expect((await fake.nextSend()).body.template).toEqual({
      name: 'retomar_atendimento',
      language: { code: 'pt_BR' },
      components: [
        {
          type: 'body',
          parameters: [
            { type: 'text', text: 'Maria' },
            { type: 'text', text: '2026120600042' },
          ],
        },
      ],
    });
    const missing = await failure(
      whatsappAdapter.send({ ...out, content: { ...out.content, name: 'nao_existe' } as OutboundMessage['content'] }, channel, ctx),
    );
    expect(missing).toMatchObject({ kind: 'permanent', code: '132001' });
  });

  it('classifies the provider’s refusals for the delivery job', async () => {
    fake.failNext(1, { status: 429, code: 130429, title: 'Rate limit hit', retryAfter: 3 });
    expect(await failure(whatsappAdapter.send(text('a'), channel, ctx))).toEqual({
      kind: 'transient',
      code: '130429',
      title: 'Rate limit hit',
      retryAfterSeconds: 3,
    });
    fake.failNext(1, { status: 400, code: 131056, title: '(Business Account, Consumer Account) pair rate limit hit' });
    expect(await failure(whatsappAdapter.send(text('b'), channel, ctx))).toMatchObject({ kind: 'transient', code: '131056', retryAfterSeconds: 60 });
    fake.failNext(1, {
      status: 400,
      code: 131047,
      title: 'Re-engagement message',
      details: 'More than 24 hours have passed since the customer last replied.',
    });
    expect(await failure(whatsappAdapter.send(text('c'), channel, ctx))).toMatchObject({ kind: 'window_closed', code: '131047' });
    fake.failNext(1, { status: 400, code: 131026, title: 'Message undeliverable' });
    expect(await failure(whatsappAdapter.send(text('d'), channel, ctx))).toMatchObject({
      kind: 'permanent',
      code: '131026',
      title: 'Message undeliverable',
    });
    const before = fake.sent.length;
    await whatsappAdapter.send(text('e'), channel, ctx);
    expect(fake.sent.length).toBe(before + 1);
  });

  it('reports a wrong token as permanent and an unreachable provider as transient', async () => {
    const wrong = { ...channel, secrets: { ...channel.secrets, accessToken: 'EAAG-revoked' } };
    expect(await failure(whatsappAdapter.send(text('x'), wrong, ctx))).toMatchObject({ kind: 'permanent', code: '190' });
    const down = { ...ctx, baseUrl: 'http://127.0.0.1:9' };
    expect(await failure(whatsappAdapter.send(text('x'), channel, down))).toMatchObject({ kind: 'transient', code: 'network' });
  });
});

describe('WhatsApp media download, connection test and templates', () => {
  it('downloads a contact’s media through its short-lived URL', async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const stored = fake.addMedia({ bytes: jpeg, mimeType: 'image/jpeg' });
    const got = await whatsappAdapter.fetchMedia({ providerMediaId: stored.id, mimeType: 'image/jpeg' }, channel, ctx);
    expect(got.mimeType).toBe('image/jpeg');
    expect(got.bytes.equals(jpeg)).toBe(true);
    const doc = fake.addMedia({ bytes: Buffer.from('%PDF'), mimeType: 'application/pdf' });
    expect((await whatsappAdapter.fetchMedia({ providerMediaId: doc.id, fileName: 'boleto.pdf' }, channel, ctx)).fileName).toBe('boleto.pdf');
  });

  it('refuses media over 100 MB, unknown media and a wrong token', async () => {
    const huge = fake.addMedia({ bytes: Buffer.from('x'), mimeType: 'video/mp4', declaredSize: 101 * 1024 * 1024 });
    expect(await failure(whatsappAdapter.fetchMedia({ providerMediaId: huge.id }, channel, ctx))).toMatchObject({
      kind: 'permanent',
      code: 'media_too_large',
    });
    expect(await failure(whatsappAdapter.fetchMedia({ providerMediaId: '987654321098765' }, channel, ctx))).toMatchObject({
      kind: 'permanent',
      code: '100',
    });
    const stored = fake.addMedia({ bytes: Buffer.from('abc'), mimeType: 'image/png' });
    const wrong = { ...channel, secrets: { ...channel.secrets, accessToken: 'EAAG-other' } };
    expect(await failure(whatsappAdapter.fetchMedia({ providerMediaId: stored.id }, wrong, ctx))).toMatchObject({ kind: 'permanent', code: '190' });
  });

  it('tests the connection by reading the phone number', async () => {
    expect(await whatsappAdapter.testConnection(channel, ctx)).toEqual({ ok: true, detail: 'Loja Exemplo (+55 11 4000-0000)' });
    const wrong = { ...channel, secrets: { ...channel.secrets, accessToken: 'EAAG-expired' } };
    await expect(whatsappAdapter.testConnection(wrong, ctx)).rejects.toMatchObject({
      kind: 'permanent',
      title: 'Invalid OAuth access token - Cannot parse access token',
    });
  });

  it('lists the approved templates with their body and parameter count', async () => {
    fake.setTemplates([
      { name: 'retomar_atendimento', language: 'pt_BR', category: 'UTILITY', body: 'Olá {{1}}, seu protocolo {{2}} teve uma atualização.' },
      { name: 'boas_vindas', language: 'pt_BR', category: 'MARKETING', body: 'Bem-vindo!' },
      { name: 'rascunho', language: 'pt_BR', body: 'Em revisão {{1}}', status: 'PENDING' },
    ]);
    expect(await whatsappAdapter.listTemplates!(channel, ctx)).toEqual([
      {
        name: 'retomar_atendimento',
        language: 'pt_BR',
        category: 'UTILITY',
        body: 'Olá {{1}}, seu protocolo {{2}} teve uma atualização.',
        params: 2,
      },
      { name: 'boas_vindas', language: 'pt_BR', category: 'MARKETING', body: 'Bem-vindo!', params: 0 },
    ]);
  });
});
