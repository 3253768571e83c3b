import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SEND_FIELDS, sentMessage } from './telegram-fake-messages.js';
import type { FakeBot, StoredFile } from './telegram-fake-messages.js';
import { readParams } from './telegram-fake-request.js';
import type { FakeParams, FakeUpload } from './telegram-fake-request.js';

// A local Telegram Bot API (SPEC CH-03, CH-08) speaking the public wire format: Atende points
// TELEGRAM_API_URL at it in tests and demos. It keeps what the bot sent, the webhook it registered and
// the files it can hand out; failNext makes the next calls answer like Telegram does when it refuses.

export type FakeTelegramError = { error_code: number; description: string; retry_after?: number };

export type FakeSent = {
  method: string;
  chatId: string;
  messageId: number;
  text?: string;
  caption?: string;
  /** The uploaded file (multipart), with the form field it came in. */
  file?: FakeUpload & { field: string };
  params: Record<string, unknown>;
};

export type FakeWebhook = { url: string; secret: string | null; allowedUpdates: string[] | null; dropPendingUpdates: boolean };

export type TelegramFake = {
  url: string;
  botToken: string;
  bot: FakeBot;
  /** Messages the bot sent, in order. */
  sent: FakeSent[];
  /** Every method called with a valid token, in order (setWebhook, getMe, getFile…). */
  /** Every Bot API call, refused ones too, with when it arrived (ms since the epoch). */
  calls: { method: string; params: Record<string, unknown>; at: number }[];
  /** Set by setWebhook, cleared by deleteWebhook. */
  webhook: FakeWebhook | null;
  failNext(n: number, error: FakeTelegramError): void;
  files: { put(fileId: string, bytes: Buffer, path: string): void };
  /** The next sent message not yet taken by an earlier nextSend(), waiting for it if need be. */
  nextSend(): Promise<FakeSent>;
  /** Resolves when setWebhook registers a URL (at once if one is registered). */
  webhookSet(): Promise<FakeWebhook>;
  close(): Promise<void>;
};

const DOWNLOAD_LIMIT = 20 * 1024 * 1024;

export async function startTelegramFake(opts: { port?: number; botToken: string; botName?: string; botUsername?: string }): Promise<TelegramFake> {
  const bot: FakeBot = {
    id: Number(opts.botToken.split(':')[0]),
    is_bot: true,
    first_name: opts.botName ?? 'Atende Demo',
    username: opts.botUsername ?? 'atende_demo_bot',
  };
  const files = new Map<string, StoredFile>();
  const failures: FakeTelegramError[] = [];
  const sendWaiters: ((sent: FakeSent) => void)[] = [];
  const webhookWaiters: ((hook: FakeWebhook) => void)[] = [];
  let sendCursor = 0;
  let nextMessageId = 100;
  let nextFileId = 1;

  const putFile = (fileId: string, bytes: Buffer, path: string) => {
    files.set(fileId, { fileId, uniqueId: `u-${fileId}`, path, bytes });
  };

  const fake: TelegramFake = {
    url: '',
    botToken: opts.botToken,
    bot,
    sent: [],
    calls: [],
    webhook: null,
    failNext: (n, error) => failures.push(...Array.from({ length: n }, () => error)),
    files: { put: putFile },
    nextSend: () =>
      new Promise((resolve) => {
        const ready = fake.sent[sendCursor];
        if (ready) {
          sendCursor++;
          resolve(ready);
        } else sendWaiters.push(resolve);
      }),
    webhookSet: () => new Promise((resolve) => (fake.webhook ? resolve(fake.webhook) : webhookWaiters.push(resolve))),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  function recordSend(sent: FakeSent) {
    fake.sent.push(sent);
    const waiter = sendWaiters.shift();
    if (waiter) {
      sendCursor++;
      waiter(sent);
    }
  }

  /** One Bot API method: the result, or an error as Telegram words it. */
  function call(method: string, { fields, files: uploads }: FakeParams): { result: unknown } | FakeTelegramError {
    if (method === 'getMe') return { result: { ...bot, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false } };
    if (method === 'setWebhook') {
      const url = String(fields.url ?? '');
      if (!url) {
        fake.webhook = null;
        return { result: true };
      }
      if (!/^https?:\/\//.test(url)) return { error_code: 400, description: 'Bad Request: bad webhook: An HTTPS URL must be provided for webhook' };
      const allowed = typeof fields.allowed_updates === 'string' ? JSON.parse(fields.allowed_updates) : fields.allowed_updates;
      const hook: FakeWebhook = {
        url,
        secret: typeof fields.secret_token === 'string' ? fields.secret_token : null,
        allowedUpdates: Array.isArray(allowed) ? allowed.map(String) : null,
        dropPendingUpdates: fields.drop_pending_updates === true || fields.drop_pending_updates === 'true',
      };
      fake.webhook = hook;
      webhookWaiters.splice(0).forEach((resolve) => resolve(hook));
      return { result: true };
    }
    if (method === 'deleteWebhook') {
      fake.webhook = null;
      return { result: true };
    }
    if (method === 'getWebhookInfo') {
      const hook = fake.webhook;
      return {
        result: {
          url: hook?.url ?? '',
          has_custom_certificate: false,
          pending_update_count: 0,
          ...(hook?.allowedUpdates ? { allowed_updates: hook.allowedUpdates } : {}),
        },
      };
    }
    if (method === 'getFile') {
      const file = files.get(String(fields.file_id ?? ''));
      if (!file) return { error_code: 400, description: 'Bad Request: invalid file_id' };
      if (file.bytes.length > DOWNLOAD_LIMIT) return { error_code: 400, description: 'Bad Request: file is too big' };
      return { result: { file_id: file.fileId, file_unique_id: file.uniqueId, file_size: file.bytes.length, file_path: file.path } };
    }
    if (method in SEND_FIELDS) return send(method, fields, uploads);
    return { error_code: 404, description: 'Not Found' };
  }

  function send(method: string, fields: Record<string, unknown>, uploads: FakeParams['files']): { result: unknown } | FakeTelegramError {
    const chatId = fields.chat_id === undefined ? '' : String(fields.chat_id);
    if (!chatId) return { error_code: 400, description: 'Bad Request: chat_id is empty' };
    if (!/^(-?\d+|@\w+)$/.test(chatId)) return { error_code: 400, description: 'Bad Request: chat not found' };
    const field = SEND_FIELDS[method];
    const text = typeof fields.text === 'string' ? fields.text : undefined;
    if (!field && !text) return { error_code: 400, description: 'Bad Request: message text is empty' };
    let file: { stored: StoredFile; upload?: FakeUpload } | undefined;
    if (field) {
      const upload = uploads[field];
      const reused = typeof fields[field] === 'string' ? files.get(fields[field] as string) : undefined;
      if (upload) {
        const fileId = `sent-${nextFileId++}`;
        putFile(fileId, upload.bytes, `${field}s/${upload.fileName || fileId}`);
        file = { stored: files.get(fileId)!, upload };
      } else if (reused) {
        file = { stored: reused };
      } else {
        return { error_code: 400, description: `Bad Request: there is no ${field} in the request` };
      }
    }
    const caption = typeof fields.caption === 'string' ? fields.caption : undefined;
    const messageId = nextMessageId++;
    recordSend({
      method,
      chatId,
      messageId,
      text,
      caption,
      file: file?.upload && field ? { ...file.upload, field } : undefined,
      params: fields,
    });
    return { result: sentMessage({ bot, messageId, chatId, method, text, caption, file }) };
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fake');
    const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (download) {
      const file = download[1] === opts.botToken ? [...files.values()].find((f) => f.path === decodeURIComponent(download[2]!)) : undefined;
      if (!file) return reply(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': file.bytes.length });
      return res.end(file.bytes);
    }
    const api = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    if (!api) return reply(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const params = await readParams(req, url);
    if (api[1] !== opts.botToken) return reply(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const method = api[2]!;
    fake.calls.push({ method, params: params.fields, at: Date.now() });
    const failure = failures.shift();
    const outcome = failure ?? call(method, params);
    if ('result' in outcome) return reply(res, 200, { ok: true, result: outcome.result });
    const parameters = outcome.retry_after !== undefined ? { parameters: { retry_after: outcome.retry_after } } : {};
    return reply(res, outcome.error_code, { ok: false, error_code: outcome.error_code, description: outcome.description, ...parameters });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) =>
      reply(res, 500, { ok: false, error_code: 500, description: `Internal Server Error: ${String(error)}` }),
    );
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

function reply(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
