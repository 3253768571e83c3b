// HTTP client of the widget API (SPEC CH-01). The visitor token is the visitor's only credential:
// it travels in a header, never in a cookie, so the widget works on any site.
import type { CatchUp, ContactInput, ContactState, Message, Profile, Session, UserInput } from './types';
import type { Locale, StringKey } from './i18n';
import { requestBody } from '@atende/shared/request-body';

/** A field of a 400 answer: a stable rule code ("required", "invalid_cpf"…) and the server's wording of it. */
export type FieldError = { path: string; rule?: string; message: string };

/** The server's widget-limit codes and the widget's own text for each (hardening issue, widget limits item). */
export const limitNotices = {
  WIDGET_RATE_LIMITED: 'rateLimited',
  WIDGET_QUEUE_FULL: 'queueFull',
  WIDGET_UPLOAD_LIMIT: 'uploadLimit',
} as const satisfies Record<string, StringKey>;

/** A failed call: `code` is the server's error code, or NETWORK when no answer came. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly fields: FieldError[];
  constructor(code: string, status: number, message: string, fields: FieldError[] = []) {
    super(message);
    this.code = code;
    this.status = status;
    this.fields = fields;
  }
  /**
   * Worth retrying as is: no answer, a server error, or short-term rate limiting. The widget's own
   * limits (per address, full queue) last minutes: the visitor is told instead.
   */
  get transient(): boolean {
    if (this.code in limitNotices) return false;
    return this.status === 0 || this.status >= 500 || this.status === 429;
  }
}

export type Api = ReturnType<typeof createApi>;

export function createApi(origin: string, channelToken: string, locale: Locale, visitorToken: () => string | null) {
  const base = `${origin}/api/widget/${encodeURIComponent(channelToken)}`;

  async function call<T>(method: 'GET' | 'POST', path: string, body?: object | FormData): Promise<T> {
    // Error messages come back in the widget's language (SPEC PLT-01).
    const headers: Record<string, string> = { accept: 'application/json', 'accept-language': locale };
    const token = visitorToken();
    if (token) headers['x-visitor-token'] = token;
    const payload = requestBody(body, headers);
    let res: Response;
    try {
      res = await fetch(base + path, { method, headers, body: payload, credentials: 'omit' });
    } catch (err) {
      throw new ApiError('NETWORK', 0, err instanceof Error ? err.message : String(err));
    }
    const data = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string; fields?: FieldError[] } } | null;
    if (!res.ok) {
      const e = data?.error;
      throw new ApiError(e?.code ?? `HTTP_${res.status}`, res.status, e?.message ?? res.statusText, e?.fields ?? []);
    }
    return data as T;
  }

  return {
    session: (token: string | null) => call<Session>('POST', '/session', { ...(token ? { visitorToken: token } : {}), locale }),
    identify: (user: UserInput) => call<Profile>('POST', '/identify', user),
    startConversation: (contact: ContactInput) => call<ContactState>('POST', '/conversations', contact),
    send: (body: string, clientId: string) => call<Message>('POST', '/messages', { body, clientId }),
    /** The catch-up: missed messages and the conversation's state, read together. */
    catchUp: (afterSeq: number) => call<CatchUp>('GET', `/messages?afterSeq=${afterSeq}`),
    upload(file: File) {
      const form = new FormData();
      form.append('file', file, file.name);
      return call<Message>('POST', '/attachments', form);
    },
    /**
     * An attachment as a local object URL for <img> and links: they cannot send headers, and the
     * visitor token never travels in an address (it would end up in logs and histories).
     */
    async attachmentObjectUrl(id: string): Promise<string> {
      const token = visitorToken();
      const res = await fetch(`${base}/attachments/${encodeURIComponent(id)}`, {
        headers: token ? { 'x-visitor-token': token } : {},
        credentials: 'omit',
      });
      if (!res.ok) throw new ApiError(`HTTP_${res.status}`, res.status, res.statusText);
      return URL.createObjectURL(await res.blob());
    },
    surveyUrl: (surveyToken: string) => `${origin}/avaliacao/${encodeURIComponent(surveyToken)}`,
  };
}
