import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../../test/test-app.js';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

// Issue item "no log line contains a token, cookie or secret", with the server's real logger.
describe('request log', () => {
  let t: TestApp;
  const lines: string[] = [];

  beforeAll(async () => {
    t = await createTestApp({ logger: { level: 'trace', stream: { write: (line: string) => void lines.push(line) } } });
  });
  afterAll(() => t.close());

  it('keeps no visitor token, session cookie, CSRF token, password or survey token after a login and a widget upload and download', async () => {
    const admin = await t.login('admin@demo.local');
    expect((await admin.inject({ url: '/api/auth/me' })).statusCode).toBe(200);
    const sessionId = admin.cookie.split(';').map((c) => c.trim().split('=')[1]!);

    const channelToken = ((await admin.inject({ url: '/api/channels' })).json().items as { token: string; name: string }[]).find(
      (c) => c.name === 'WebChat',
    )!.token;
    const base = `/api/widget/${channelToken}`;
    const { visitorToken } = (await t.app.inject({ method: 'POST', url: `${base}/session`, payload: {} })).json();
    const headers = { 'x-visitor-token': visitorToken };
    expect((await t.app.inject({ method: 'POST', url: `${base}/conversations`, headers, payload: { name: 'Lia' } })).statusCode).toBe(200);
    const boundary = 'atende-log-test';
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="foto.png"\r\nContent-Type: image/png\r\n\r\n`),
      PNG,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const upload = await t.app.inject({
      method: 'POST',
      url: `${base}/attachments`,
      headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    });
    expect(upload.statusCode).toBe(200);
    const attachmentId = upload.json().attachment.id as string;
    expect((await t.app.inject({ url: `${base}/attachments/${attachmentId}`, headers })).statusCode).toBe(200);
    // An old client that still puts the token in the address: refused, and the address logged without it.
    expect((await t.app.inject({ url: `${base}/attachments/${attachmentId}?v=${visitorToken}` })).statusCode).toBe(401);

    const surveyToken = 'survey-secret-0123456789abcdef';
    await t.app.inject({ url: `/api/public/surveys/${surveyToken}` });
    await t.app.inject({ url: `/avaliacao/${surveyToken}`, headers: { accept: 'text/html' } });

    const log = lines.join('');
    // The requests were logged (by method and path) …
    expect(log).toContain(`${base}/attachments/${attachmentId}"`);
    expect(log).toContain('/api/auth/login');
    expect(log).toContain('/api/public/surveys/:token');
    // … and none of their credentials.
    for (const secret of [visitorToken, admin.me.csrfToken, DEMO_PASSWORD, surveyToken, ...sessionId]) {
      expect(secret.length).toBeGreaterThan(7);
      expect(log.includes(secret), `the log holds ${secret}`).toBe(false);
    }
  });

  it('redacts credentials a log call is handed by mistake', () => {
    t.app.log.warn(
      { headers: { cookie: 'atende_sid=abcdefgh12345678', 'x-visitor-token': 'visitor-abcdefgh' }, body: { password: 'hunter2-hunter2' } },
      'oops',
    );
    const last = lines.at(-1)!;
    expect(last).toContain('oops');
    for (const secret of ['abcdefgh12345678', 'visitor-abcdefgh', 'hunter2-hunter2']) expect(last).not.toContain(secret);
  });
});
