import type { ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';

// Answers of the fake Graph API, in the shapes Meta documents for the Cloud API.

export type FakeFailure = { status: number; code: number; title: string; details?: string; retryAfter?: number };

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** A Graph error body: `{ error: { message, type, code, error_data: { details }, fbtrace_id } }`. */
export function sendGraphError(res: ServerResponse, f: FakeFailure) {
  const headers: Record<string, string> = f.retryAfter !== undefined ? { 'retry-after': String(f.retryAfter) } : {};
  sendJson(
    res,
    f.status,
    {
      error: {
        message: `(#${f.code}) ${f.title}`,
        type: 'OAuthException',
        code: f.code,
        error_data: { messaging_product: 'whatsapp', details: f.details ?? f.title },
        fbtrace_id: randomBytes(9).toString('base64url'),
      },
    },
    headers,
  );
}

export const invalidToken: FakeFailure = { status: 401, code: 190, title: 'Invalid OAuth access token - Cannot parse access token' };
export const invalidParameter = (details: string): FakeFailure => ({ status: 400, code: 100, title: 'Invalid parameter', details });
