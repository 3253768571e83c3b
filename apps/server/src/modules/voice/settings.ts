import { randomBytes } from 'node:crypto';
import type { VoiceSettings } from '@atende/shared';
import type { Scope } from '../../platform/db/tenant.js';
import { voiceRepo, type SettingsRow } from './voice.repository.js';

export const newCtiToken = () => randomBytes(24).toString('base64url');

/** The organization's voice settings, created with a fresh CTI token on first use (VOX-06b). */
export async function settingsOf(s: Scope): Promise<SettingsRow> {
  return (await voiceRepo.settings(s)) ?? voiceRepo.insertSettings(s, newCtiToken());
}

export const toVoiceSettings = (r: SettingsRow): VoiceSettings => ({
  ctiToken: r.ctiToken,
  clickToDialUrl: r.clickToDialUrl,
  clickToDialMethod: r.clickToDialMethod,
  ringTimeoutSeconds: r.ringTimeoutSeconds,
  maxWaitSeconds: r.maxWaitSeconds,
  callbackOnAbandon: r.callbackOnAbandon,
  recordingRetentionDays: r.recordingRetentionDays,
});
