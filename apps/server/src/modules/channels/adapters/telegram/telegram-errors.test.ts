import { describe, expect, it } from 'vitest';
import { telegramError, telegramNetworkError } from './telegram-errors.js';

// SPEC CH-03: what the pipeline does with a refusal from the Bot API — retry or show "Não entregue".

describe('Telegram error classification', () => {
  it('retries flood control after the seconds Telegram asks for', () => {
    const error = telegramError(429, { error_code: 429, description: 'Too Many Requests: retry after 35', parameters: { retry_after: 35 } });
    expect([error.kind, error.code, error.title, error.retryAfterSeconds]).toEqual(['transient', '429', 'Too Many Requests: retry after 35', 35]);
  });

  it('retries server trouble and gateway errors without a JSON body', () => {
    const internal = telegramError(500, { error_code: 500, description: 'Internal Server Error' });
    const gateway = telegramError(502, null);
    expect([internal.kind, internal.code, internal.retryAfterSeconds]).toEqual(['transient', '500', undefined]);
    expect([gateway.kind, gateway.code, gateway.title]).toEqual(['transient', '502', 'HTTP 502']);
  });

  it('does not retry a blocked bot or a missing chat, and says why in Telegram’s words', () => {
    const blocked = telegramError(403, { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    const missing = telegramError(400, { error_code: 400, description: 'Bad Request: chat not found' });
    expect([blocked.kind, blocked.code, blocked.title]).toEqual(['permanent', '403', 'Forbidden: bot was blocked by the user']);
    expect([missing.kind, missing.code, missing.title]).toEqual(['permanent', '400', 'Bad Request: chat not found']);
  });

  it('reports a rejected token as a permanent failure, in Telegram’s words', () => {
    const error = telegramError(401, { error_code: 401, description: 'Unauthorized' });
    expect([error.kind, error.code, error.title]).toEqual(['permanent', '401', 'Unauthorized']);
  });

  it('retries when Telegram could not be reached or did not answer in time', () => {
    const refused = telegramNetworkError(new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') }));
    const timeout = telegramNetworkError(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    expect([refused.kind, refused.code]).toEqual(['transient', 'network']);
    expect(refused.title).toContain('ECONNREFUSED');
    expect([timeout.kind, timeout.code]).toEqual(['transient', 'timeout']);
  });
});
