import type { Channel } from '@atende/shared';
import type { TFunction } from 'i18next';
import { ApiError } from '../../app/api';
import { errorText } from '../../ui/error-text';
import { fieldErrorText, type FieldErrors } from '../../ui/field-errors';

// SPEC ORG-05, CH-02, CH-03: what the provider section of a channel asks, per channel type. Public
// settings are shown as stored; secrets are write-only (left blank to keep the stored one).

export type ProviderFieldName =
  'phoneNumberId' | 'wabaId' | 'ratePerSecond' | 'accessToken' | 'appSecret' | 'verifyToken' | 'botToken' | 'secretToken';
export type ProviderField = { name: ProviderFieldName; part: 'settings' | 'secrets'; kind: 'text' | 'number' | 'secret' };

const whatsappFields: ProviderField[] = [
  { name: 'phoneNumberId', part: 'settings', kind: 'text' },
  { name: 'wabaId', part: 'settings', kind: 'text' },
  { name: 'ratePerSecond', part: 'settings', kind: 'number' },
  { name: 'accessToken', part: 'secrets', kind: 'secret' },
  { name: 'appSecret', part: 'secrets', kind: 'secret' },
  { name: 'verifyToken', part: 'secrets', kind: 'secret' },
];
const telegramFields: ProviderField[] = [
  { name: 'botToken', part: 'secrets', kind: 'secret' },
  { name: 'secretToken', part: 'secrets', kind: 'secret' },
  { name: 'ratePerSecond', part: 'settings', kind: 'number' },
];

/** The provider fields of a channel type; null when the console has no provider section for it. */
export function providerFields(type: Channel['type']): ProviderField[] | null {
  if (type === 'whatsapp') return whatsappFields;
  if (type === 'telegram') return telegramFields;
  return null;
}

export type ProviderValues = Record<string, string>;

/** The form's starting values: settings as stored, secrets blank (a blank secret keeps the stored one). */
export function initialProviderValues(channel: Channel): ProviderValues {
  const values: ProviderValues = {};
  for (const f of providerFields(channel.type) ?? []) {
    const stored = f.part === 'settings' ? channel.settings[f.name] : undefined;
    values[f.name] = stored === undefined || stored === null ? '' : String(stored);
  }
  return values;
}

/**
 * The PUT body: settings in full (numbers as numbers; a number field left blank takes the server's
 * default), and only the secrets the admin typed.
 */
export function providerBody(type: Channel['type'], values: ProviderValues) {
  const settings: Record<string, unknown> = {};
  const secrets: Record<string, string> = {};
  for (const f of providerFields(type) ?? []) {
    const value = (values[f.name] ?? '').trim();
    if (f.part === 'secrets') {
      if (value) secrets[f.name] = value;
    } else if (f.kind === 'number') {
      // Not a number: sent as typed, so the server names the field.
      if (value) settings[f.name] = /^\d+$/.test(value) ? Number(value) : value;
    } else settings[f.name] = value;
  }
  return { settings, secrets };
}

/** `body.settings.phoneNumberId` → `phoneNumberId`: provider field names are unique across settings and secrets. */
export function providerFieldName(path: string): string {
  const parts = path.split('.').filter((p) => p && !/^\d+$/.test(p) && !['body', 'settings', 'secrets'].includes(p));
  return parts[0] ?? path;
}

/** Field messages of a save that failed, keyed by provider field; coded errors tied to a field placed on it. */
export function providerFieldErrors(t: TFunction, err: unknown, type: Channel['type']): FieldErrors {
  if (!(err instanceof ApiError)) return {};
  const out: FieldErrors = {};
  // The provider key (WhatsApp: the phone number id) belongs to one channel only.
  if (err.code === 'CHANNEL_PROVIDER_KEY_TAKEN' && type === 'whatsapp') out.phoneNumberId = errorText(t, err);
  for (const f of err.fields) {
    const name = providerFieldName(f.path);
    if (!out[name]) out[name] = fieldErrorText(t, f);
  }
  return out;
}

/** How a stored secret reads: "Definido (…1234)" or "Não definido". */
export function secretStatus(t: TFunction, masked: Channel['secrets'][string] | undefined): string {
  if (!masked?.set) return t('channelProvider.secretUnset');
  return masked.last4 ? t('channelProvider.secretSetLast4', { last4: masked.last4 }) : t('channelProvider.secretSet');
}
