// The console's one way to reach the server: same-origin JSON, cookie session, CSRF header on
// every non-GET request, and errors turned into a typed ApiError carrying the server's code.
import { isFieldRule, type FieldRule, type FieldRuleParams } from '@atende/shared/validation/field-rules';

/** A field of a 400 answer: its rule code (and limits) and the rule in the server's reply language. */
export type FieldError = { path: string; message: string; rule?: FieldRule; params?: FieldRuleParams };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];
  constructor(status: number, code: string, message: string, fields: FieldError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

/** Status used for requests that never got an HTTP answer (offline, DNS, server down). */
export const NETWORK_ERROR_STATUS = 0;

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type Query = Record<string, string | number | boolean | undefined | null>;
export type RequestOptions = { method?: Method; body?: unknown; query?: Query; signal?: AbortSignal };

// The session cookie is httpOnly; the CSRF token comes in the body of the login and `/me` answers.
let csrfToken: string | null = null;
const csrfSources = new Set(['/api/auth/me', '/api/auth/login']);

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

export function buildUrl(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** Builds an ApiError from any answer body, coded or not. */
export function toApiError(status: number, body: unknown): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown; fields?: unknown } } | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : status >= 500 ? 'INTERNAL' : 'NOT_FOUND';
  const message = typeof error?.message === 'string' ? error.message : `HTTP ${status}`;
  const fields = Array.isArray(error?.fields)
    ? error.fields
        .filter((f): f is FieldError => typeof f?.path === 'string' && typeof f?.message === 'string')
        .map((f) => ({
          path: f.path,
          message: f.message,
          ...(isFieldRule(f.rule) ? { rule: f.rule, ...(f.params ? { params: f.params } : {}) } : {}),
        }))
    : [];
  return new ApiError(status, code, message, fields);
}

async function readBody(res: Response): Promise<unknown> {
  if (res.status === 204) return undefined;
  const text = await res.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  // A FormData body (file upload) sets its own multipart content type and boundary.
  const isForm = typeof FormData !== 'undefined' && options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let res: Response;
  try {
    res = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : isForm ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (err) {
    if (options.signal?.aborted) throw err;
    throw new ApiError(NETWORK_ERROR_STATUS, 'NETWORK', err instanceof Error ? err.message : 'network error');
  }

  const body = await readBody(res);
  if (!res.ok) throw toApiError(res.status, body);
  const token = (body as { csrfToken?: unknown } | undefined)?.csrfToken;
  if (csrfSources.has(path) && typeof token === 'string') csrfToken = token;
  return body as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => apiRequest<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
  put: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  delete: <T = void>(path: string) => apiRequest<T>(path, { method: 'DELETE' }),
};

export function isApiError(err: unknown, status?: number): err is ApiError {
  return err instanceof ApiError && (status === undefined || err.status === status);
}
