import type { OutboundFetch } from '../../../platform/http/outbound-fetch.js';
import { jwtAssertion } from './jwt-assertion.js';

// SPEC CRM-01…CRM-03: Salesforce's REST API with plain fetch through platform.outboundFetch (the
// login URL is admin-given, so the private-target guard applies). Token: OAuth 2.0 client
// credentials or JWT bearer; REST errors are arrays of { message, errorCode, fields }. A 401
// INVALID_SESSION_ID (the token expired or was revoked) gets a new token and the request once more.

export type SalesforceCredentials = {
  loginUrl: string;
  authType: 'client_credentials' | 'jwt';
  clientId: string;
  clientSecret: string | null;
  username: string | null;
  privateKey: string | null;
  apiVersion: string;
};

export class SalesforceError extends Error {
  constructor(
    readonly status: number | null,
    readonly errorCode: string,
    message: string,
  ) {
    super(`${errorCode}: ${message}`);
    this.name = 'SalesforceError';
  }
}

type Session = { accessToken: string; instanceUrl: string };
export type SalesforceRecord = { Id: string; [field: string]: unknown };

const TIMEOUT_MS = 20_000;

/** Tokens per organization and settings version, so one process asks for a token once. */
const sessions = new Map<string, Session>();

async function requestToken(fetch: OutboundFetch, c: SalesforceCredentials): Promise<Session> {
  const loginUrl = c.loginUrl.replace(/\/+$/, '');
  const form = new URLSearchParams();
  if (c.authType === 'jwt') {
    if (!c.username || !c.privateKey) throw new SalesforceError(null, 'NOT_CONFIGURED', 'username and private key are required');
    form.set('grant_type', 'urn:ietf:params:oauth:grant-type:jwt-bearer');
    form.set('assertion', jwtAssertion({ clientId: c.clientId, username: c.username, audience: loginUrl, privateKeyPem: c.privateKey }));
  } else {
    if (!c.clientSecret) throw new SalesforceError(null, 'NOT_CONFIGURED', 'client secret is required');
    form.set('grant_type', 'client_credentials');
    form.set('client_id', c.clientId);
    form.set('client_secret', c.clientSecret);
  }
  const res = await fetch(`${loginUrl}/services/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: form.toString(),
    timeoutMs: TIMEOUT_MS,
  });
  const body = (await res.json().catch(() => ({}))) as { access_token?: string; instance_url?: string; error?: string; error_description?: string };
  if (!res.ok || !body.access_token || !body.instance_url) {
    throw new SalesforceError(res.status, 'AUTH_FAILED', body.error_description ?? body.error ?? `token endpoint answered ${res.status}`);
  }
  return { accessToken: body.access_token, instanceUrl: body.instance_url.replace(/\/+$/, '') };
}

async function errorOf(res: Response): Promise<SalesforceError> {
  const text = await res.text().catch(() => '');
  try {
    const parsed = JSON.parse(text) as unknown;
    const first = Array.isArray(parsed) ? (parsed[0] as { errorCode?: string; message?: string } | undefined) : undefined;
    if (first?.errorCode) return new SalesforceError(res.status, first.errorCode, first.message ?? '');
  } catch {
    // not JSON: keep the text
  }
  return new SalesforceError(res.status, `HTTP_${res.status}`, text.slice(0, 300));
}

export type SalesforceClient = ReturnType<typeof salesforceClient>;

export function salesforceClient(fetch: OutboundFetch, c: SalesforceCredentials, cacheKey: string) {
  const session = async (fresh: boolean) => {
    let s = fresh ? undefined : sessions.get(cacheKey);
    if (!s) {
      s = await requestToken(fetch, c);
      sessions.set(cacheKey, s);
    }
    return s;
  };

  async function call(method: string, path: string, body?: object): Promise<Response> {
    for (const fresh of [false, true]) {
      const s = await session(fresh);
      const res = await fetch(`${s.instanceUrl}/services/data/v${c.apiVersion}${path}`, {
        method,
        headers: { authorization: `Bearer ${s.accessToken}`, accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
        timeoutMs: TIMEOUT_MS,
      });
      if (res.ok) return res;
      const err = await errorOf(res);
      if (res.status === 401 && err.errorCode === 'INVALID_SESSION_ID' && !fresh) {
        sessions.delete(cacheKey);
        continue;
      }
      throw err;
    }
    throw new SalesforceError(401, 'INVALID_SESSION_ID', 'a new token was refused too');
  }

  return {
    /** Gets a token (a fresh one): "Testar conexão". */
    async connect(): Promise<{ instanceUrl: string }> {
      const s = await session(true);
      return { instanceUrl: s.instanceUrl };
    },
    async query<T extends SalesforceRecord = SalesforceRecord>(soql: string): Promise<T[]> {
      const res = await call('GET', `/query?q=${encodeURIComponent(soql)}`);
      return ((await res.json()) as { records: T[] }).records;
    },
    async create(sobject: string, fields: Record<string, unknown>): Promise<string> {
      const res = await call('POST', `/sobjects/${sobject}`, fields);
      return ((await res.json()) as { id: string }).id;
    },
    async update(sobject: string, id: string, fields: Record<string, unknown>): Promise<void> {
      await call('PATCH', `/sobjects/${sobject}/${encodeURIComponent(id)}`, fields);
    },
  };
}
