import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AwaitableLog } from './awaitable-log.js';
import { FakeMediaStore, type StoredMedia } from './whatsapp-fake-media.js';
import { invalidParameter, invalidToken, sendGraphError, sendJson, type FakeFailure } from './whatsapp-fake-replies.js';
import { buildStatusWebhook, newWamid, signedPost } from './whatsapp-webhooks.js';

// A local stand-in for Meta's Graph API (SPEC CH-08): speaks the WhatsApp Cloud API's public wire
// format for sends, media upload/download, the phone number and message templates, records what it
// got, and can answer the statuses (sent → delivered → read) back as signed webhooks.

export type FakeSend = {
  wamid: string;
  version: string;
  phoneNumberId: string;
  to: string;
  type: string;
  body: Record<string, unknown>;
  authorization: string;
};
export type FakeUpload = {
  mediaId: string;
  phoneNumberId: string;
  fileName: string;
  mimeType: string;
  bytes: Buffer;
  fields: Record<string, string>;
};
export type FakeStatusPost = { wamid: string; status: 'sent' | 'delivered' | 'read'; httpStatus: number };
export type FakeTemplate = { name: string; language: string; body: string; category?: string; status?: string };
export type AutoStatuses = { webhookUrl: string; appSecret: string };

export type WhatsappFakeOptions = {
  port?: number;
  /** When set, every call must carry `Bearer <accessToken>`; otherwise any bearer is accepted. */
  accessToken?: string;
  verifiedName?: string;
  displayPhoneNumber?: string;
  autoStatuses?: AutoStatuses;
};

export type WhatsappFake = {
  url: string;
  sent: FakeSend[];
  uploads: FakeUpload[];
  statusPosts: FakeStatusPost[];
  events: EventEmitter;
  /** The next accepted send not yet taken by an earlier call (now or when it arrives). */
  nextSend(timeoutMs?: number): Promise<FakeSend>;
  nextStatusPost(timeoutMs?: number): Promise<FakeStatusPost>;
  /** The next `n` sends are refused with this Graph error (Retry-After header when given). */
  failNext(n: number, failure: FakeFailure): void;
  setTemplates(templates: FakeTemplate[]): void;
  setAutoStatuses(auto: AutoStatuses | null): void;
  /** Media a contact "sent": its id serves a URL that serves the bytes (bearer checked). */
  addMedia(input: { bytes: Buffer; mimeType: string; id?: string; fileName?: string; declaredSize?: number }): StoredMedia;
  close(): Promise<void>;
};

const SEND_TYPES = new Set(['text', 'image', 'audio', 'video', 'document', 'sticker', 'template', 'location', 'contacts', 'interactive', 'reaction']);
const MEDIA_SEND_TYPES = new Set(['image', 'audio', 'video', 'document', 'sticker']);

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startWhatsappFake(options: WhatsappFakeOptions = {}): Promise<WhatsappFake> {
  const sends = new AwaitableLog<FakeSend>();
  const statusPosts = new AwaitableLog<FakeStatusPost>();
  const uploads: FakeUpload[] = [];
  const media = new FakeMediaStore();
  const events = new EventEmitter();
  const failures: FakeFailure[] = [];
  let templates: FakeTemplate[] = [];
  let auto = options.autoStatuses ?? null;
  let statusChain = Promise.resolve();
  let url = '';

  const authorized = (req: IncomingMessage) => {
    const auth = req.headers.authorization ?? '';
    return options.accessToken ? auth === `Bearer ${options.accessToken}` : /^Bearer \S+$/.test(auth);
  };

  function postStatuses(send: FakeSend, target: AutoStatuses) {
    statusChain = statusChain.then(async () => {
      for (const status of ['sent', 'delivered', 'read'] as const) {
        const callback = send.body.biz_opaque_callback_data;
        const payload = buildStatusWebhook({
          phoneNumberId: send.phoneNumberId,
          id: send.wamid,
          status,
          recipientId: send.to,
          ...(typeof callback === 'string' ? { callbackData: callback } : {}),
        });
        const httpStatus = await signedPost(target.webhookUrl, payload, target.appSecret).then(
          (r) => r.status,
          () => 0,
        );
        const post = { wamid: send.wamid, status, httpStatus };
        statusPosts.push(post);
        events.emit('status', post);
      }
    });
  }

  function checkTemplate(body: Record<string, unknown>): FakeFailure | null {
    const t = body.template as { name?: string; language?: { code?: string }; components?: { type?: string; parameters?: unknown[] }[] } | undefined;
    const known = templates.find((x) => x.name === t?.name && x.language === t?.language?.code && (x.status ?? 'APPROVED') === 'APPROVED');
    if (!known) return { status: 404, code: 132001, title: 'Template name does not exist in the translation' };
    const given = t?.components?.find((c) => c.type === 'body')?.parameters?.length ?? 0;
    const expected = new Set([...known.body.matchAll(/\{\{(\d+)\}\}/g)].map((m) => m[1])).size;
    if (given !== expected) return { status: 400, code: 132000, title: 'Number of parameters does not match the expected number of params' };
    return null;
  }

  function acceptSend(req: IncomingMessage, res: ServerResponse, version: string, phoneNumberId: string, raw: Buffer) {
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
    } catch {
      return sendGraphError(res, invalidParameter('The request body is not JSON'));
    }
    const failure = failures.shift();
    if (failure) return sendGraphError(res, failure);
    const type = typeof body.type === 'string' ? body.type : 'text';
    if (body.messaging_product !== 'whatsapp') return sendGraphError(res, invalidParameter('messaging_product must be whatsapp'));
    if (typeof body.to !== 'string' || !body.to) return sendGraphError(res, invalidParameter('to is required'));
    if (!SEND_TYPES.has(type)) return sendGraphError(res, invalidParameter(`Unknown type ${type}`));
    if (MEDIA_SEND_TYPES.has(type)) {
      const id = (body[type] as { id?: string } | undefined)?.id;
      if (!id || !media.get(id)) return sendGraphError(res, invalidParameter(`Unknown media id ${String(id)}`));
    }
    if (type === 'template') {
      const refused = checkTemplate(body);
      if (refused) return sendGraphError(res, refused);
    }
    const send: FakeSend = { wamid: newWamid(), version, phoneNumberId, to: body.to, type, body, authorization: req.headers.authorization ?? '' };
    sendJson(res, 200, { messaging_product: 'whatsapp', contacts: [{ input: send.to, wa_id: send.to }], messages: [{ id: send.wamid }] });
    sends.push(send);
    events.emit('send', send);
    if (auto) postStatuses(send, auto);
  }

  async function acceptUpload(req: IncomingMessage, res: ServerResponse, phoneNumberId: string, raw: Buffer) {
    const form = await new Request('http://fake/upload', {
      method: 'POST',
      headers: { 'content-type': req.headers['content-type'] ?? '' },
      body: new Uint8Array(raw),
    })
      .formData()
      .catch(() => null);
    const file = form?.get('file');
    if (!form || !(file instanceof Blob)) return sendGraphError(res, invalidParameter('file is required'));
    if (form.get('messaging_product') !== 'whatsapp') return sendGraphError(res, invalidParameter('messaging_product must be whatsapp'));
    const fields: Record<string, string> = {};
    form.forEach((value, key) => {
      if (typeof value === 'string') fields[key] = value;
    });
    const bytes = Buffer.from(await file.arrayBuffer());
    const fileName = file instanceof File ? file.name : 'file';
    const mimeType = fields.type || file.type;
    const stored = media.add({ bytes, mimeType, fileName });
    const upload: FakeUpload = { mediaId: stored.id, phoneNumberId, fileName, mimeType, bytes, fields };
    uploads.push(upload);
    events.emit('upload', upload);
    sendJson(res, 200, { id: stored.id });
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const u = new URL(req.url ?? '/', 'http://fake');
    const raw = await readBody(req);
    if (!authorized(req)) return sendGraphError(res, invalidToken);
    // Download URL handed out by the media endpoint (Meta's are on lookaside.fbsbx.com).
    if (req.method === 'GET' && u.pathname === '/whatsapp_business/attachments/') {
      const item = media.get(u.searchParams.get('mid') ?? '');
      if (!item) return sendJson(res, 404, { error: { message: 'Not found', code: 100 } });
      res.writeHead(200, { 'content-type': item.mimeType, 'content-length': String(item.bytes.length) });
      return res.end(item.bytes);
    }
    const [version, id, edge, ...rest] = u.pathname.split('/').filter(Boolean);
    if (!version || !/^v\d+\.\d+$/.test(version) || !id || rest.length)
      return sendGraphError(res, { ...invalidParameter('Unknown path'), status: 404 });
    if (req.method === 'POST' && edge === 'messages') return acceptSend(req, res, version, id, raw);
    if (req.method === 'POST' && edge === 'media') return acceptUpload(req, res, id, raw);
    if (req.method === 'GET' && edge === 'message_templates') {
      const status = u.searchParams.get('status');
      const data = templates
        .filter((t) => !status || (t.status ?? 'APPROVED') === status)
        .map((t, i) => ({
          name: t.name,
          language: t.language,
          status: t.status ?? 'APPROVED',
          category: t.category ?? 'UTILITY',
          id: String(300000000000000 + i),
          components: [{ type: 'BODY', text: t.body }],
        }));
      return sendJson(res, 200, { data, paging: { cursors: { before: 'QVFI', after: 'QVFI' } } });
    }
    if (req.method === 'GET' && !edge) {
      const item = media.get(id);
      if (item) {
        return sendJson(res, 200, {
          messaging_product: 'whatsapp',
          url: `${url}/whatsapp_business/attachments/?mid=${item.id}&ext=1`,
          mime_type: item.mimeType,
          sha256: item.sha256,
          file_size: item.fileSize,
          id: item.id,
        });
      }
      // Any id asked for its phone-number fields is taken as this app's phone number.
      if (!/display_phone_number|verified_name/.test(u.searchParams.get('fields') ?? '')) {
        const unknown = `Unsupported get request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`;
        return sendGraphError(res, { status: 400, code: 100, title: unknown });
      }
      return sendJson(res, 200, {
        verified_name: options.verifiedName ?? 'Atende Demo',
        display_phone_number: options.displayPhoneNumber ?? '+55 11 4000-0000',
        id,
        quality_rating: 'GREEN',
      });
    }
    return sendGraphError(res, { ...invalidParameter('Unsupported request'), status: 400 });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => sendJson(res, 500, { error: { message: String(error), code: 2 } }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    sent: sends.items,
    uploads,
    statusPosts: statusPosts.items,
    events,
    nextSend: (timeoutMs) => sends.next(timeoutMs),
    nextStatusPost: (timeoutMs) => statusPosts.next(timeoutMs),
    failNext: (n, failure) => failures.push(...Array.from({ length: n }, () => failure)),
    setTemplates: (list) => void (templates = list),
    setAutoStatuses: (next) => void (auto = next),
    addMedia: (input) => media.add(input),
    close: async () => {
      await statusChain;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type { FakeFailure } from './whatsapp-fake-replies.js';
export * from './whatsapp-webhooks.js';
