import type { Channel } from '@atende/shared';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api';
import { initialProviderValues, providerBody, providerFieldErrors, providerFieldName, providerFields, secretStatus } from './channel-provider-form';

// A stand-in `t` that shows which key was asked for.
const t = ((key: string, opts?: object) => `t:${key}${opts ? ` ${JSON.stringify(opts)}` : ''}`) as unknown as TFunction;

const whatsapp = {
  id: 'c1',
  name: 'WhatsApp',
  type: 'whatsapp',
  settings: { phoneNumberId: '100000000000001', wabaId: '100000000000002', ratePerSecond: 80 },
  secrets: { accessToken: { set: true, last4: 'oken' }, appSecret: { set: true, last4: null }, verifyToken: { set: false, last4: null } },
} as unknown as Channel;

describe('provider form of a channel', () => {
  it('asks WhatsApp and Telegram channels for their own fields, and other types for none', () => {
    expect(providerFields('whatsapp')?.map((f) => f.name)).toEqual([
      'phoneNumberId',
      'wabaId',
      'ratePerSecond',
      'accessToken',
      'appSecret',
      'verifyToken',
    ]);
    expect(providerFields('telegram')?.map((f) => f.name)).toEqual(['botToken', 'secretToken', 'ratePerSecond']);
    expect(providerFields('webchat')).toBeNull();
  });

  it('starts with the stored settings and blank secrets', () => {
    expect(initialProviderValues(whatsapp)).toEqual({
      phoneNumberId: '100000000000001',
      wabaId: '100000000000002',
      ratePerSecond: '80',
      accessToken: '',
      appSecret: '',
      verifyToken: '',
    });
  });

  it('sends settings in full and only the secrets typed, numbers as numbers', () => {
    const values = { ...initialProviderValues(whatsapp), ratePerSecond: ' 20 ', appSecret: '  new-app-secret ' };
    expect(providerBody('whatsapp', values)).toEqual({
      settings: { phoneNumberId: '100000000000001', wabaId: '100000000000002', ratePerSecond: 20 },
      secrets: { appSecret: 'new-app-secret' },
    });
    // A blank rate takes the server's default; a rate that is not a number is left for the server to name.
    expect(providerBody('telegram', { botToken: '', secretToken: '', ratePerSecond: '' })).toEqual({ settings: {}, secrets: {} });
    expect(providerBody('telegram', { ratePerSecond: 'dez' }).settings).toEqual({ ratePerSecond: 'dez' });
  });

  it('places server field errors and a taken phone number under their fields', () => {
    expect(providerFieldName('body.settings.phoneNumberId')).toBe('phoneNumberId');
    expect(providerFieldName('body.secrets.accessToken')).toBe('accessToken');
    const invalid = new ApiError(400, 'VALIDATION_FAILED', 'x', [
      { path: 'body.settings.wabaId', rule: 'invalid_format', message: 'Formato inválido.' },
      { path: 'body.secrets.verifyToken', rule: 'required', message: 'Obrigatório.' },
    ]);
    expect(providerFieldErrors(t, invalid, 'whatsapp')).toEqual({
      wabaId: 't:fieldErrors.rules.invalid_format {"expected":"t:fieldErrors.expected.value"}',
      verifyToken: 't:fieldErrors.rules.required {"expected":"t:fieldErrors.expected.value"}',
    });
    const taken = new ApiError(409, 'CHANNEL_PROVIDER_KEY_TAKEN', 'x', []);
    expect(providerFieldErrors(t, taken, 'whatsapp')).toEqual({ phoneNumberId: 't:errors.CHANNEL_PROVIDER_KEY_TAKEN' });
    expect(providerFieldErrors(t, new Error('boom'), 'whatsapp')).toEqual({});
  });

  it('shows a stored secret as set with its last 4 characters, never its value', () => {
    expect(secretStatus(t, whatsapp.secrets.accessToken)).toBe('t:channelProvider.secretSetLast4 {"last4":"oken"}');
    expect(secretStatus(t, whatsapp.secrets.appSecret)).toBe('t:channelProvider.secretSet');
    expect(secretStatus(t, whatsapp.secrets.verifyToken)).toBe('t:channelProvider.secretUnset');
    expect(secretStatus(t, undefined)).toBe('t:channelProvider.secretUnset');
  });
});
