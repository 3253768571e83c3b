import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { matches, parseSoql } from './salesforce-soql.js';

// A local Salesforce (SPEC CRM-01…CRM-03) speaking the REST wire format: the OAuth token endpoint
// (client credentials and JWT bearer), SOQL query, sobjects create/read/update, and errors as
// arrays of { message, errorCode, fields }. Atende's login URL points at it in tests and demos.
// Knobs: failNext answers the next matching requests with an error; expireTokens makes every
// issued token answer 401 INVALID_SESSION_ID, as a revoked or timed-out session does.

export type FakeRecord = { Id: string; [field: string]: unknown };
/** `afterApply`: the request takes effect (the record is created) but the answer is the error, as when a response is lost. */
export type FakeFailure = { status: number; body: unknown; method?: string; path?: RegExp; afterApply?: boolean };

export type SalesforceFake = {
  url: string;
  clientId: string;
  clientSecret: string;
  records: Map<string, FakeRecord[]>;
  /** Every REST request with a valid token, in order. */
  requests: { method: string; path: string; body: Record<string, unknown> | null; soql?: string }[];
  tokensIssued: number;
  /** JWT bearer assertions received (decoded payloads). */
  assertions: Record<string, unknown>[];
  seed(object: string, fields: Record<string, unknown>): string;
  all(object: string): FakeRecord[];
  failNext(n: number, failure: FakeFailure): void;
  clearFailures(): void;
  expireTokens(): void;
  close(): Promise<void>;
};

const PREFIX: Record<string, string> = { Account: '001', Contact: '003', Case: '500', Task: '00T', User: '005', Organization: '00D' };
const API_PATH = /^\/services\/data\/v(\d+\.\d)(\/.*)$/;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body?: unknown) {
  if (body === undefined) return void res.writeHead(status).end();
  res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8' }).end(JSON.stringify(body));
}

/** A response whose status and body are replaced by the failure's, whatever the handler sends. */
function failingResponse(res: ServerResponse, failure: FakeFailure): ServerResponse {
  return new Proxy(res, {
    get(target, prop) {
      if (prop === 'writeHead') return () => ({ end: () => send(target, failure.status, failure.body) });
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const sfError = (errorCode: string, message: string, fields: string[] = []) => [{ message, errorCode, fields }];

export async function startSalesforceFake(opts: { clientId?: string; clientSecret?: string; port?: number } = {}): Promise<SalesforceFake> {
  const records = new Map<string, FakeRecord[]>();
  const tokens = new Set<string>();
  const failures: FakeFailure[] = [];
  let counter = 0;
  const fake: SalesforceFake = {
    url: '',
    clientId: opts.clientId ?? 'atende-connected-app',
    clientSecret: opts.clientSecret ?? 'segredo-do-app',
    records,
    requests: [],
    tokensIssued: 0,
    assertions: [],
    seed(object, fields) {
      const id = `${PREFIX[object] ?? 'a0X'}${String(++counter).padStart(12, '0')}AAA`;
      const list = records.get(object) ?? [];
      list.push({ ...fields, Id: id });
      records.set(object, list);
      return id;
    },
    all: (object) => records.get(object) ?? [],
    failNext(n, failure) {
      for (let i = 0; i < n; i++) failures.push(failure);
    },
    clearFailures: () => void failures.splice(0),
    expireTokens: () => tokens.clear(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  const withAttributes = (object: string, r: FakeRecord, version: string, fields?: string[]) => {
    const picked = fields ? Object.fromEntries(fields.map((f) => [f, r[f] ?? null])) : r;
    return { attributes: { type: object, url: `/services/data/v${version}/sobjects/${object}/${r.Id}` }, ...picked, Id: r.Id };
  };

  async function token(req: IncomingMessage, res: ServerResponse) {
    const form = new URLSearchParams(await readBody(req));
    const grant = form.get('grant_type');
    let ok = false;
    if (grant === 'client_credentials') ok = form.get('client_id') === fake.clientId && form.get('client_secret') === fake.clientSecret;
    if (grant === 'urn:ietf:params:oauth:grant-type:jwt-bearer') {
      const [, payload] = (form.get('assertion') ?? '').split('.');
      try {
        const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>;
        fake.assertions.push(claims);
        ok = claims.iss === fake.clientId && typeof claims.sub === 'string';
      } catch {
        ok = false;
      }
    }
    if (!ok) return send(res, 400, { error: 'invalid_client', error_description: 'invalid client credentials' });
    const accessToken = `00D000000000001!fake.${++counter}`;
    tokens.add(accessToken);
    fake.tokensIssued++;
    send(res, 200, {
      access_token: accessToken,
      instance_url: fake.url,
      id: `${fake.url}/id/00D000000000001AAA/005000000000001AAA`,
      token_type: 'Bearer',
      issued_at: String(Date.now()),
      signature: 'fake',
    });
  }

  async function rest(req: IncomingMessage, res: ServerResponse, version: string, path: string) {
    const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!auth || !tokens.has(auth)) return send(res, 401, sfError('INVALID_SESSION_ID', 'Session expired or invalid'));
    const raw = await readBody(req);
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : null;
    const url = new URL(path, 'http://fake');
    const soql = url.pathname === '/query' ? (url.searchParams.get('q') ?? '') : undefined;
    fake.requests.push({ method: req.method!, path: url.pathname, body, ...(soql !== undefined ? { soql } : {}) });
    const failure = failures.findIndex((f) => (!f.method || f.method === req.method) && (!f.path || f.path.test(url.pathname)));
    const [failed] = failure >= 0 ? failures.splice(failure, 1) : [];
    if (failed && !failed.afterApply) return send(res, failed.status, failed.body);
    if (failed) res = failingResponse(res, failed);
    if (soql !== undefined) {
      let q;
      try {
        q = parseSoql(soql);
      } catch (err) {
        return send(res, 400, sfError('MALFORMED_QUERY', (err as Error).message));
      }
      const found = fake.all(q.object).filter((r) => matches(r, q.where));
      const limited = q.limit === null ? found : found.slice(0, q.limit);
      return send(res, 200, { totalSize: limited.length, done: true, records: limited.map((r) => withAttributes(q.object, r, version, q.fields)) });
    }
    const m = /^\/sobjects\/(\w+)(?:\/(\w+))?$/.exec(url.pathname);
    if (!m) return send(res, 404, sfError('NOT_FOUND', 'The requested resource does not exist'));
    const [, object, id] = m as unknown as [string, string, string | undefined];
    if (!id && req.method === 'POST') {
      if (object === 'Task' && !body?.Subject)
        return send(res, 400, sfError('REQUIRED_FIELD_MISSING', 'Required fields are missing: [Subject]', ['Subject']));
      return send(res, 201, { id: fake.seed(object, body ?? {}), success: true, errors: [] });
    }
    const record = fake.all(object).find((r) => r.Id === id);
    if (!record) return send(res, 404, sfError('NOT_FOUND', 'The requested resource does not exist'));
    if (req.method === 'GET') return send(res, 200, withAttributes(object, record, version));
    if (req.method === 'PATCH') {
      Object.assign(record, body, { Id: record.Id });
      return send(res, 204);
    }
    send(res, 405, sfError('METHOD_NOT_ALLOWED', `HTTP Method '${req.method}' not allowed`));
  }

  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const api = API_PATH.exec(path);
    const handle =
      path.startsWith('/services/oauth2/token') && req.method === 'POST' ? token(req, res) : api ? rest(req, res, api[1]!, api[2]!) : null;
    if (!handle) return send(res, 404, sfError('NOT_FOUND', 'The requested resource does not exist'));
    handle.catch((err: Error) => send(res, 500, sfError('UNKNOWN_EXCEPTION', err.message)));
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
