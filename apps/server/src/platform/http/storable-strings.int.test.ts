import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

const NUL = 'a\u0000b';
const LONE_SURROGATE = 'a\ud800b';

// Issue item "NUL bytes and lone surrogates give 500": one check for every route, anonymous or not.
describe('strings the database cannot store', () => {
  let t: TestApp;
  let agent: Session;
  let admin: Session;
  let channelToken: string;
  let visitorToken: string;

  const widget = (path: string, payload: object) =>
    t.app.inject({ method: 'POST', url: `/api/widget/${channelToken}${path}`, headers: { 'x-visitor-token': visitorToken }, payload });
  const expect400 = (res: { statusCode: number; json(): { error: { code: string; fields?: { path: string }[] } } }, path: string) => {
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.fields?.map((f) => f.path)).toEqual([path]);
  };

  beforeAll(async () => {
    t = await createTestApp();
    agent = await t.login('agente@demo.local');
    admin = await t.login('admin@demo.local');
    channelToken = ((await agent.inject({ url: '/api/channels' })).json().items as { token: string; name: string }[]).find(
      (c) => c.name === 'WebChat',
    )!.token;
    visitorToken = (await t.app.inject({ method: 'POST', url: `/api/widget/${channelToken}/session`, payload: {} })).json().visitorToken;
  });
  afterAll(() => t.close());

  it('refuses them in anonymous widget bodies: the pre-chat name and a message', async () => {
    expect400(await widget('/conversations', { name: `Ana ${NUL}` }), 'body.name');
    expect400(await widget('/conversations', { name: `Ana ${LONE_SURROGATE}` }), 'body.name');
    expect((await widget('/conversations', { name: 'Ana 😀' })).statusCode).toBe(200);
    expect400(await widget('/messages', { body: NUL }), 'body.body');
    expect400(await widget('/messages', { body: LONE_SURROGATE }), 'body.body');
    expect((await widget('/messages', { body: 'um emoji 😀 passa' })).statusCode).toBe(200);
  });

  it('refuses them in a public path parameter', async () => {
    expect400(await t.app.inject({ url: '/api/public/surveys/abc%00def' }), 'params.token');
    expect400(await t.app.inject({ method: 'POST', url: '/api/public/surveys/abc%00def', payload: { rating: 5 } }), 'params.token');
  });

  it('refuses them in search query strings', async () => {
    expect400(await agent.inject({ url: '/api/persons?q=ana%00' }), 'querystring.q');
    expect400(await admin.inject({ url: '/api/users?search=%00' }), 'querystring.search');
  });

  it('refuses them in staff bodies, nested or as keys', async () => {
    expect400(await admin.inject({ method: 'POST', url: '/api/teams', payload: { name: LONE_SURROGATE } }), 'body.name');
    expect400(
      await agent.inject({ method: 'POST', url: '/api/persons', payload: { type: 'PF', name: 'Ana', addresses: [{ logradouro: NUL }] } }),
      'body.addresses.0.logradouro',
    );
    expect400(await admin.inject({ method: 'POST', url: '/api/teams', payload: { name: 'Equipe', [NUL]: 1 } }), `body.${NUL}`);
  });
});
