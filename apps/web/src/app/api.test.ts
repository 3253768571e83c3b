// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, buildUrl, getCsrfToken, setCsrfToken, toApiError } from './api';

function answer(status: number, body?: unknown) {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('buildUrl', () => {
  it('drops empty values and encodes the rest', () => {
    expect(buildUrl('/api/users', { search: 'ana maria', includeInactive: 'true', x: undefined, y: '' })).toBe(
      '/api/users?search=ana+maria&includeInactive=true',
    );
    expect(buildUrl('/api/users', { search: undefined })).toBe('/api/users');
  });
});

describe('toApiError', () => {
  it('keeps the code, message and field errors of a coded answer', () => {
    const err = toApiError(400, {
      error: { code: 'VALIDATION_FAILED', message: 'Verifique', fields: [{ path: 'body.email', message: 'bad' }, { nope: 1 }] },
    });
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', message: 'Verifique' });
    expect(err.fields).toEqual([{ path: 'body.email', message: 'bad' }]);
  });

  it('keeps each field error’s rule and limits, and drops a rule it does not know', () => {
    const fields = [
      { path: 'body.name', rule: 'too_long', params: { max: 120 }, message: 'Use no máximo 120 caracteres.' },
      { path: 'body.x', rule: 'no_such_rule', message: 'Valor inválido.' },
    ];
    const err = toApiError(400, { error: { code: 'VALIDATION_FAILED', message: 'Verifique', fields } });
    expect(err.fields).toEqual([fields[0], { path: 'body.x', message: 'Valor inválido.' }]);
  });

  it('codes an answer without a body by its status', () => {
    expect(toApiError(502, undefined).code).toBe('INTERNAL');
  });
});

describe('apiRequest', () => {
  it('remembers the CSRF token from /me and sends it on writes only', async () => {
    const fetch = vi.fn(async (url: string) => (url === '/api/auth/me' ? answer(200, { id: 'u1', csrfToken: 'tok-1' }) : answer(200, { ok: true })));
    vi.stubGlobal('fetch', fetch);

    await api.get('/api/auth/me');
    expect(getCsrfToken()).toBe('tok-1');
    await api.get('/api/users');
    await api.post('/api/auth/logout');

    const headersOf = (i: number) => (fetch.mock.calls[i] as unknown as [string, RequestInit])[1].headers as Record<string, string>;
    expect(headersOf(1)['x-csrf-token']).toBeUndefined();
    expect(headersOf(2)['x-csrf-token']).toBe('tok-1');
    expect(headersOf(2)['content-type']).toBeUndefined(); // no body, no JSON content type
    expect((fetch.mock.calls[2] as unknown as [string, RequestInit])[1].credentials).toBe('same-origin');
  });

  it('throws a typed ApiError for error answers and a network error when fetch fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => answer(409, { error: { code: 'USER_EMAIL_TAKEN', message: 'x' } })),
    );
    await expect(api.post('/api/users', { name: 'A' })).rejects.toMatchObject({ status: 409, code: 'USER_EMAIL_TAKEN' });

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(api.get('/api/teams')).rejects.toMatchObject({ status: 0, code: 'NETWORK' });
  });

  it('sends a FormData body as multipart, with the CSRF header and no JSON content type', async () => {
    setCsrfToken('tok-2');
    const fetch = vi.fn(async () => answer(200, { ok: true }));
    vi.stubGlobal('fetch', fetch);
    const form = new FormData();
    form.append('file', new Blob(['x'], { type: 'image/png' }), 'a.png');
    await api.put('/api/auth/me/avatar', form);
    const init = (fetch.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(init.method).toBe('PUT');
    expect(init.body).toBe(form);
    expect((init.headers as Record<string, string>)['content-type']).toBeUndefined();
    expect((init.headers as Record<string, string>)['x-csrf-token']).toBe('tok-2');
  });

  it('accepts an empty 204 answer', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(null, { status: 204 })),
    );
    await expect(api.delete('/api/teams/1')).resolves.toBeUndefined();
  });
});
