import { describe, expect, it } from 'vitest';
import { ProviderError } from '../port.js';
import { classifyGraphError, networkError, retryAfterSeconds } from './whatsapp-errors.js';

const graph = (code: number, message: string, details?: string) => ({
  error: { message, type: 'OAuthException', code, ...(details ? { error_data: { messaging_product: 'whatsapp', details } } : {}), fbtrace_id: 'Az1' },
});
const shape = (e: ProviderError) => ({ kind: e.kind, code: e.code, title: e.title, retryAfterSeconds: e.retryAfterSeconds });

describe('WhatsApp error classification', () => {
  it('retries throughput, rate limits, temporary faults and server errors, honouring Retry-After', () => {
    expect(shape(classifyGraphError(400, graph(130429, '(#130429) Rate limit hit'), '7'))).toEqual({
      kind: 'transient',
      code: '130429',
      title: '(#130429) Rate limit hit',
      retryAfterSeconds: 7,
    });
    for (const code of [131048, 80007, 1, 2, 4]) expect(classifyGraphError(400, graph(code, 'limit')).kind, String(code)).toBe('transient');
    expect(shape(classifyGraphError(429, null))).toEqual({ kind: 'transient', code: 'http_429', title: 'HTTP 429', retryAfterSeconds: undefined });
    expect(shape(classifyGraphError(503, '<html>'))).toMatchObject({ kind: 'transient', code: 'http_503' });
    expect(classifyGraphError(500, graph(131000, 'Something went wrong')).kind).toBe('transient');
  });

  it('waits at least a minute after the pair rate limit, longer when told', () => {
    expect(classifyGraphError(400, graph(131056, '(#131056) Pair rate limit hit')).retryAfterSeconds).toBe(60);
    expect(classifyGraphError(400, graph(131056, 'Pair rate limit hit'), '120').retryAfterSeconds).toBe(120);
  });

  it('tells a closed 24-hour window apart', () => {
    const e = classifyGraphError(
      400,
      graph(131047, '(#131047) Re-engagement message', 'More than 24 hours have passed since the customer last replied.'),
    );
    expect(shape(e)).toEqual({
      kind: 'window_closed',
      code: '131047',
      title: 'More than 24 hours have passed since the customer last replied.',
      retryAfterSeconds: undefined,
    });
  });

  it('gives up on everything else with the provider’s code and words', () => {
    expect(shape(classifyGraphError(400, graph(131026, 'Message undeliverable')))).toMatchObject({
      kind: 'permanent',
      code: '131026',
      title: 'Message undeliverable',
    });
    expect(shape(classifyGraphError(400, graph(100, 'Invalid parameter', 'Parameter "to" is not a valid phone number')))).toMatchObject({
      kind: 'permanent',
      code: '100',
      title: 'Parameter "to" is not a valid phone number',
    });
    expect(classifyGraphError(401, graph(190, 'Error validating access token: Session has expired')).kind).toBe('permanent');
    expect(classifyGraphError(404, graph(132001, 'Template name does not exist in the translation')).code).toBe('132001');
    expect(shape(classifyGraphError(403, null))).toMatchObject({ kind: 'permanent', code: 'http_403', title: 'HTTP 403' });
  });

  it('retries requests that got no answer', () => {
    const refused = networkError(new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') }));
    expect(shape(refused)).toEqual({ kind: 'transient', code: 'network', title: 'connect ECONNREFUSED 127.0.0.1:9', retryAfterSeconds: undefined });
    const known = new ProviderError('permanent', 'x', 'y');
    expect(networkError(known)).toBe(known);
  });

  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.parse('2026-12-06T12:00:00Z');
    expect(retryAfterSeconds('30', now)).toBe(30);
    expect(retryAfterSeconds('Sun, 06 Dec 2026 12:00:45 GMT', now)).toBe(45);
    expect(retryAfterSeconds('soon', now)).toBeUndefined();
    expect(retryAfterSeconds(null, now)).toBeUndefined();
  });
});
