import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AdapterChannel, WebhookRequest } from '../port.js';
import { whatsappAdapter } from './whatsapp.adapter.js';

const appSecret = 'demo-whatsapp-app-secret';
const channel = (secrets: Record<string, string> = { appSecret, verifyToken: 'verify-token-1', accessToken: 'EAAG-token' }): AdapterChannel => ({
  id: 'c1',
  organizationId: 'o1',
  token: 't1',
  settings: { phoneNumberId: '100000000000001' },
  secrets,
});
const body = Buffer.from('{"object":"whatsapp_business_account","entry":[]}');
const sign = (raw: Buffer, secret = appSecret) => `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;
const req = (headers: WebhookRequest['headers'], raw = body): WebhookRequest => ({ rawBody: raw, headers, query: {} });

describe('WhatsApp webhook signature', () => {
  it('accepts the body signed with the app secret', () => {
    expect(whatsappAdapter.verify(req({ 'x-hub-signature-256': sign(body) }), channel())).toBe(true);
    expect(whatsappAdapter.verify(req({ 'X-Hub-Signature-256': sign(body).toUpperCase().replace('SHA256=', 'sha256=') }), channel())).toBe(true);
  });

  it('refuses a missing, malformed, foreign or stale signature', () => {
    const tampered = Buffer.from(body.toString().replace('[]', '[{}]'));
    for (const headers of [
      {},
      { 'x-hub-signature-256': '' },
      { 'x-hub-signature-256': 'sha1=abc' },
      { 'x-hub-signature-256': 'sha256=zz' },
      { 'x-hub-signature-256': sign(body, 'another-app-secret') },
      { 'x-hub-signature-256': sign(tampered) },
    ]) {
      expect(whatsappAdapter.verify(req(headers), channel()), JSON.stringify(headers)).toBe(false);
    }
    expect(whatsappAdapter.verify(req({ 'x-hub-signature-256': sign(body) }), channel({ verifyToken: 'v' }))).toBe(false);
  });
});

describe('WhatsApp subscription handshake', () => {
  const other = channel({ appSecret, verifyToken: 'verify-token-2', accessToken: 'x' });
  const query = (token: string, mode = 'subscribe') => ({ 'hub.mode': mode, 'hub.verify_token': token, 'hub.challenge': '1158201444' });

  it('echoes the challenge when the verify token is one of the channels’', () => {
    expect(whatsappAdapter.handshake!(query('verify-token-1'), [other, channel()])).toBe('1158201444');
    expect(whatsappAdapter.handshake!(query('verify-token-2'), [other, channel()])).toBe('1158201444');
  });

  it('answers nothing to a wrong token, another mode or no channel', () => {
    expect(whatsappAdapter.handshake!(query('verify-token-3'), [other, channel()])).toBeNull();
    expect(whatsappAdapter.handshake!(query('verify-token-1', 'unsubscribe'), [channel()])).toBeNull();
    expect(whatsappAdapter.handshake!(query(''), [channel({ appSecret, accessToken: 'x', verifyToken: '' })])).toBeNull();
    expect(whatsappAdapter.handshake!(query('verify-token-1'), [])).toBeNull();
    expect(whatsappAdapter.handshake!({ 'hub.mode': 'subscribe', 'hub.verify_token': 'verify-token-1' }, [channel()])).toBeNull();
  });
});
