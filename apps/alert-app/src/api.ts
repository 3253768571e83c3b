import type { AlertLevel, AlertLocation, AlertView } from '@atende/shared/schemas/alerts';
import type { PushSubscriptionBody } from '@atende/shared/schemas/push';
import { requestBody } from '@atende/shared/request-body';

// The app's side of the alert-app API (SPEC ALR-01): a session cookie plus the CSRF token the
// login answer carries, sent on every unsafe request.

export type AppUser = {
  id: string;
  name: string;
  cpf: string;
  phone: string | null;
  email: string | null;
  team: { id: string; name: string } | null;
};
export type AppSettings = {
  serviceNumber: string | null;
  levelTexts: Record<AlertLevel, string>;
  callQueueId: string | null;
  /** ALR-03: STUN/TURN for "Ligar pelo navegador" (absent in a session remembered by an older app). */
  callIceServers?: RTCIceServer[];
};
export type AppSession = { user: AppUser; csrfToken: string; settings: AppSettings };
export type NewAlert = { clientId: string; level: AlertLevel; firedAt: string; location: AlertLocation | null };

/** The server answered with an error (`{ error: { code, message } }`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The request never got an answer (offline, DNS, connection refused). */
export class NetworkError extends Error {}

/** Worth trying again later: no answer at all, or the server failing (5xx). */
export const isRetryable = (err: unknown) => err instanceof NetworkError || (err instanceof ApiError && err.status >= 500);

const BASE = '/api/alert-app';
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

async function call<T>(method: string, path: string, body?: object | FormData): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const payload = requestBody(body, headers);
  let res: Response;
  try {
    res = await fetch(`${BASE}${path}`, { method, headers, body: payload, credentials: 'same-origin' });
  } catch (err) {
    throw new NetworkError(err instanceof Error ? err.message : String(err));
  }
  const text = await res.text();
  const data = text ? (safeJson(text) as { error?: { code?: string; message?: string } } | null) : null;
  if (!res.ok) throw new ApiError(res.status, data?.error?.code ?? `HTTP_${res.status}`, data?.error?.message ?? res.statusText);
  return data as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export const api = {
  login: (login: string, password: string) => call<AppSession>('POST', '/login', { login, password }),
  firstAccess: (token: string, password: string) => call<AppSession>('POST', '/first-access', { token, password }),
  me: () => call<AppSession>('GET', '/me'),
  logout: () => call<unknown>('POST', '/logout', {}),
  fire: (alert: NewAlert) => call<AlertView>('POST', '/alerts', alert),
  alerts: () => call<{ alerts: AlertView[] }>('GET', '/alerts'),
  pushKey: () => call<{ publicKey: string }>('GET', '/push/key'),
  pushSubscribe: (sub: PushSubscriptionBody) => call<unknown>('POST', '/push/subscriptions', sub),
  voiceNote(alertId: string, file: Blob) {
    const form = new FormData();
    const ext = file.type.includes('ogg') ? 'ogg' : file.type.includes('mp4') ? 'm4a' : 'webm';
    form.append('file', file, `audio.${ext}`);
    return call<AlertView>('POST', `/alerts/${alertId}/voice-note`, form);
  },
};
